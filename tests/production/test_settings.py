"""Production settings as an operator meets them: what they refuse, what they read, where mail comes from."""

import os
import subprocess

import pytest
from django.core import mail
from django.urls import reverse

from pvd_site import environment

from .servers import PYTHON, ROOT, manage, production_env


def without(env: dict[str, str], *names: str) -> dict[str, str]:
    return {key: value for key, value in env.items() if key not in names}


@pytest.mark.parametrize("secret", [None, "change-me"])
def test_production_refuses_a_missing_or_placeholder_secret_key_in_one_line(secret):
    env = without(production_env(), "SECRET_KEY")
    if secret is not None:
        env["SECRET_KEY"] = secret
    result = manage("check", env=env)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "pvd_site.settings.production: SECRET_KEY is missing or is a placeholder: set a long random value "
        "in the environment or .env."
    ]


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", env=without(production_env(), "ALLOWED_HOSTS"))
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is missing" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_on_sqlite_starts_with_a_warning():
    result = manage("check", env=production_env(DATABASE_URL="sqlite:////tmp/pvd-prod-check.sqlite3"))
    assert result.returncode == 0
    assert "core.W001" in result.stderr + result.stdout


def test_manage_py_and_wsgi_py_default_to_the_same_settings_module():
    env = without(production_env(), "DJANGO_SETTINGS_MODULE")
    shown = "from django.conf import settings; print(settings.SETTINGS_MODULE, settings.DEBUG)"
    via_manage = manage("shell", "-v", "0", "-c", shown, env=env)
    via_wsgi = subprocess.run([PYTHON, "-c", f"import pvd_site.wsgi; {shown}"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
    assert via_manage.stdout.strip() == via_wsgi.stdout.strip() == "pvd_site.settings.production False"


def test_a_dot_env_file_is_read_without_overriding_the_environment(tmp_path, monkeypatch):
    env_file = tmp_path / ".env"
    env_file.write_text('PVD_TEST_FROM_FILE="from the file"\nPVD_TEST_ALREADY_SET=from the file\n')
    monkeypatch.setattr(environment, "ENV_FILE", env_file)
    monkeypatch.setenv("PVD_TEST_ALREADY_SET", "from the environment")
    monkeypatch.delenv("PVD_TEST_FROM_FILE", raising=False)

    environment.read_env_file()

    assert os.environ["PVD_TEST_FROM_FILE"] == "from the file"
    assert os.environ["PVD_TEST_ALREADY_SET"] == "from the environment"
    monkeypatch.delenv("PVD_TEST_FROM_FILE")


def test_system_mail_never_uses_the_newsletter_address(client, django_user_model, settings):
    django_user_model.objects.create_user("camille", "camille@example.org", "motdepasse")
    response = client.post(reverse("wagtailadmin_password_reset"), {"email": "camille@example.org"})
    assert response.status_code == 302
    assert [message.from_email for message in mail.outbox] == [settings.SYSTEM_FROM_EMAIL]
    assert settings.NEWSLETTER_FROM_EMAIL not in settings.SYSTEM_FROM_EMAIL
    assert settings.SERVER_EMAIL == settings.SYSTEM_FROM_EMAIL
    assert settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL == settings.SYSTEM_FROM_EMAIL


def test_error_reports_go_to_the_admins_of_the_environment():
    env = production_env(ADMINS="Équipe technique <tech@example.gouv.fr>, astreinte@example.gouv.fr")
    shown = "from django.conf import settings; print(settings.ADMINS)"
    result = manage("shell", "-v", "0", "-c", shown, env=env)
    assert result.stdout.strip() == (
        "[('Équipe technique', 'tech@example.gouv.fr'), ('', 'astreinte@example.gouv.fr')]"
    )
