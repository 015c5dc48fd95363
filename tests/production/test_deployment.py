"""The site as deployed: two gunicorn instances with the production settings on one PostgreSQL database,
media in an S3 bucket (moto's server), the cache on a private redis-server, the clock and the worker as
their own processes. What one instance does, the other sees; nothing stays on a web machine's disk.

Run by `make test-prod` (CI's PostgreSQL pass). Each test has its own data (transactional database);
the servers live for the module.
"""

import datetime
import hashlib
import io
import re
import time
from base64 import b64encode
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
import redis as redis_client
import requests
from botocore.exceptions import ClientError
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.utils import timezone
from dsfr.checksums import INTEGRITY_CSS
from lxml import html as lxml_html
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageLogEntry

from core.clock import LOCK_KEY
from lettre.email.proof import LOG_ACTION
from lettre.models import LettrePage

from .servers import Gunicorn, MotoS3, Process, Redis, StaticCollection, manage, production_env, wait_until

pytestmark = [
    pytest.mark.usefixtures("static_collection"),
    pytest.mark.production,
    pytest.mark.postgres_only,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BUCKET = "pvd-medias-test"
PASSWORD = "un mot de passe solide 42"


@pytest.fixture(scope="session")
def static_collection():
    """Started before the test database is created, so that both run side by side."""
    return StaticCollection()


@pytest.fixture(scope="module")
def deployment(static_collection, django_db_setup, django_db_blocker, tmp_path_factory):
    if connection.vendor != "postgresql":
        pytest.skip("production runs on PostgreSQL: set DATABASE_URL (make test-prod)")
    logs = tmp_path_factory.mktemp("production-logs")
    static_root = static_collection.wait()
    media_root = tmp_path_factory.mktemp("local-media")
    moto, redis = MotoS3(log_dir=logs), Redis(log_dir=logs)
    servers = []
    try:
        s3 = boto3.client("s3", endpoint_url=moto.url, region_name="us-east-1",
                          aws_access_key_id="test", aws_secret_access_key="test")
        s3.create_bucket(Bucket=BUCKET)
        database = connection.settings_dict
        env = production_env(
            DATABASE_URL=(f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
                          f"{database['PORT'] or 5432}/{database['NAME']}"),
            STATIC_ROOT=static_root, MEDIA_ROOT=media_root, REDIS_URL=redis.url,
            AWS_STORAGE_BUCKET_NAME=BUCKET, AWS_S3_ENDPOINT_URL=moto.url, AWS_S3_REGION_NAME="us-east-1",
            AWS_S3_ADDRESSING_STYLE="path", AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test",
            WEB_CONCURRENCY=2, GUNICORN_TIMEOUT=60,
        )
        servers = [Gunicorn("web-a", env, log_dir=logs), Gunicorn("web-b", env, log_dir=logs)]
        for server in servers:
            server.wait_ready()
        yield Deployment(env=env, a=servers[0], b=servers[1], s3=s3, redis=redis, media_root=media_root,
                         logs=logs)
    finally:
        for process in (*servers, redis, moto):
            process.stop()


class Deployment:
    def __init__(self, **parts):
        self.__dict__.update(parts)

    def clear_cache(self):
        """Each test has its own pages and sites: nothing cached for the previous one may remain."""
        redis_client.Redis.from_url(self.redis.url).flushdb()


class Visitor:
    """A browser behind the HTTPS proxy: X-Forwarded-Proto and X-Forwarded-For, cookies kept by hand
    (they are Secure, which requests would not send over plain HTTP)."""

    def __init__(self, address="203.0.113.7"):
        self.address = address
        self.cookies: dict[str, str] = {}

    def request(self, method, server, path, **kwargs):
        host = urlsplit(server.url).netloc
        headers = {
            "X-Forwarded-Proto": "https", "X-Forwarded-For": self.address,
            "Origin": f"https://{host}", "Referer": f"https://{host}{path}", **kwargs.pop("headers", {}),
        }
        response = requests.request(method, server.url + path, headers=headers, cookies=self.cookies,
                                    allow_redirects=False, timeout=60, **kwargs)
        self.cookies.update({cookie.name: cookie.value for cookie in response.cookies})
        return response

    def get(self, server, path, **kwargs):
        return self.request("GET", server, path, **kwargs)

    def post(self, server, path, data=None, **kwargs):
        if "csrftoken" not in self.cookies:
            self.get(server, "/admin/login/")
        data = {**(data or {}), "csrfmiddlewaretoken": self.cookies["csrftoken"]}
        return self.request("POST", server, path, data=data, **kwargs)

    def log_in(self, server, username):
        response = self.post(server, "/admin/login/", {"username": username, "password": PASSWORD})
        assert response.status_code == 302, response.text[:500]
        return response


@pytest.fixture
def site(deployment, home_page, lettre_index, django_user_model):
    deployment.clear_cache()
    user = django_user_model.objects.create_superuser("redaction", "redaction@example.org")
    # Hashed as production hashes (the test settings use a fast hasher the servers do not accept).
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    user.save()
    return deployment


def png_bytes(size=(1200, 800), color=(0, 0, 145)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def bucket_keys(s3) -> list[str]:
    return [item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def media_urls(html: str, moto_url: str) -> list[str]:
    tree = lxml_html.document_fromstring(html)
    urls = tree.xpath("//img/@src") + [
        candidate.strip().split(" ")[0]
        for srcset in tree.xpath("//@srcset") for candidate in srcset.split(",") if candidate.strip()
    ]
    return [url for url in urls if url.startswith(moto_url)]


def test_an_image_uploaded_on_one_server_is_served_by_the_other_from_a_private_bucket(site, issue_factory):
    editor = Visitor()
    editor.log_in(site.a, "redaction")
    response = editor.post(site.a, "/admin/images/add/", {"title": "Marché de Barentin"},
                           files={"file": ("marche.png", png_bytes(), "image/png")})
    assert response.status_code == 302, response.text[:2000]


    image = get_image_model().objects.get(title="Marché de Barentin")
    issue = issue_factory(number=7, title="La lettre numéro 7", hero=image)

    page = Visitor("198.51.100.20").get(site.b, issue.url)
    assert page.status_code == 200
    urls = media_urls(page.text, site.env["AWS_S3_ENDPOINT_URL"])
    assert urls, "the page shows its hero image from the bucket"
    for url in urls:
        query = parse_qs(urlsplit(url).query)
        assert "X-Amz-Signature" in query and "X-Amz-Expires" in query, url
    assert requests.get(urls[0], timeout=10).status_code == 200

    keys = bucket_keys(site.s3)
    assert any(key.startswith("original_images/marche") for key in keys)
    assert any(key.startswith("images/marche") for key in keys), "the rendition made by B is in the bucket"
    assert [path for path in site.media_root.rglob("*") if path.is_file()] == []

    grants = site.s3.get_bucket_acl(Bucket=BUCKET)["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]
    assert all(grant["Grantee"].get("Type") == "CanonicalUser" for grant in grants)
    for key in keys:
        object_grants = site.s3.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
        assert all("AllUsers" not in grant["Grantee"].get("URI", "") for grant in object_grants)
    with pytest.raises(ClientError, match="NoSuchBucketPolicy"):
        site.s3.get_bucket_policy(Bucket=BUCKET)


def test_a_restricted_document_is_refused_anonymously_on_both_servers(site):
    private = Collection.get_first_root_node().add_child(name="Réservé aux chefs de projet")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    editor = Visitor()
    editor.log_in(site.a, "redaction")
    response = editor.post(site.a, "/admin/documents/add/",
                           {"title": "Compte rendu interne", "collection": private.pk},
                           files={"file": ("compte-rendu.pdf", b"%PDF-1.4 interne", "application/pdf")})
    assert response.status_code == 302, response.text[:2000]


    document = get_document_model().objects.get(title="Compte rendu interne")
    assert document.url.startswith("/documents/"), "documents are always served through the site"
    for server in (site.a, site.b):
        refused = Visitor("198.51.100.30").get(server, document.url)
        assert refused.status_code == 302 and "/login/" in refused.headers["Location"]
    served = editor.get(site.b, document.url)
    assert served.status_code == 200 and served.content == b"%PDF-1.4 interne"
    assert any(key.startswith("documents/compte-rendu") for key in bucket_keys(site.s3))


def test_a_session_opened_on_one_server_is_valid_on_the_other(site):
    editor = Visitor()
    editor.log_in(site.a, "redaction")
    dashboard = editor.get(site.b, "/admin/")
    assert dashboard.status_code == 200
    assert "redaction" in dashboard.text
    assert Visitor().get(site.b, "/admin/").status_code == 302


def scheduled_issue(lettre_index, seconds: float):
    issue = LettrePage(title="La lettre de demain", slug="lettre-de-demain", number=55,
                       issue_date=datetime.date(2021, 6, 1), live=False)
    lettre_index.add_child(instance=issue)
    issue.go_live_at = timezone.now() + datetime.timedelta(seconds=seconds)
    issue.save_revision().publish()
    issue.refresh_from_db()
    assert not issue.live, "scheduled, not published yet"
    return issue


def test_a_page_scheduled_two_seconds_ahead_goes_live_after_one_clock_tick(site, lettre_index):
    holder = Process("clock-holder", ["python", "manage.py", "clock", "--interval", "3600"], env=site.env,
                     log_dir=site.logs)
    try:
        wait_until(clock_lock_is_held, timeout=30, what="the first clock")
        issue = scheduled_issue(lettre_index, seconds=2)
        assert Visitor().get(site.b, issue.url).status_code == 404
        time.sleep(2.5)

        second = manage("clock", "--once", env=site.env)
        assert second.returncode == 0, second.stderr
        assert "another clock holds the lock" in second.stdout
        issue.refresh_from_db()
        assert not issue.live, "a second clock does nothing while the first one runs"
    finally:
        holder.stop()

    tick = manage("clock", "--once", env=site.env)
    assert tick.returncode == 0, tick.stderr
    issue.refresh_from_db()
    assert issue.live
    assert Visitor().get(site.b, issue.url).status_code == 200


def clock_lock_is_held() -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s",
                       [LOCK_KEY])
        return cursor.fetchone()[0] > 0


def test_the_test_send_runs_in_the_worker(site, issue_factory, smtp_sink):
    issue = issue_factory(number=9, title="La lettre numéro 9")
    editor = Visitor()
    editor.log_in(site.a, "redaction")
    response = editor.post(site.a, f"/admin/lettre/{issue.pk}/test/", {"recipients": "camille@anct.gouv.fr"})
    assert response.status_code == 302
    assert smtp_sink.envelopes == [], "the web request only queues the sending"

    worker = manage("db_worker", "--batch", "--no-startup-delay", "--queue-name", "*",
                    env={**site.env, "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(smtp_sink.port)})
    assert worker.returncode == 0, worker.stderr
    assert [envelope.rcpt_tos for envelope in smtp_sink.envelopes] == [["camille@anct.gouv.fr"]]
    assert PageLogEntry.objects.filter(page=issue, action=LOG_ACTION).exists()


def test_connections_killed_by_the_database_cost_no_error(site, issue_factory):
    issue = issue_factory(number=11, title="La lettre numéro 11")
    visitor = Visitor()
    statuses = []
    for _ in range(8):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        for server in (site.a, site.b, site.a, site.b):
            statuses.append(visitor.get(server, issue.url).status_code)
    assert statuses == [200] * len(statuses)


def test_pages_carry_the_security_headers_and_static_files_keep_their_integrity(site):
    home = Visitor().get(site.a, "/")
    assert home.headers["Strict-Transport-Security"] == "max-age=31536000"
    assert "script-src 'self';" in home.headers["Content-Security-Policy"]
    assert home.headers["Referrer-Policy"] == "same-origin"
    href = re.search(r'href="(/static/dsfr/dist/dsfr/dsfr\.min\.[0-9a-f]{12}\.css)"', home.text).group(1)
    stylesheet = Visitor().get(site.b, href, headers={"Accept-Encoding": "br"})
    assert stylesheet.status_code == 200
    assert stylesheet.headers["Content-Encoding"] == "br"
    assert "immutable" in stylesheet.headers["Cache-Control"]
    assert "max-age=315360000" in stylesheet.headers["Cache-Control"]
    digest = "sha384-" + b64encode(hashlib.sha384(stylesheet.content).digest()).decode()
    assert digest == INTEGRITY_CSS


def test_health_is_green_then_red_once_redis_stops(site):
    healthy = Visitor().get(site.a, "/healthz")
    assert healthy.status_code == 200
    assert healthy.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "storage": "ok",
                                                         "tasks": "ok"}}
    site.redis.stop()
    for server in (site.a, site.b):
        sick = requests.get(f"{server.url}/healthz", timeout=30)  # a probe from inside: plain HTTP
        assert sick.status_code == 503
        assert sick.json()["checks"]["cache"] == "error"
        assert "Connection" not in sick.text, "no detail of the failure leaks"
