"""Security headers: two Content-Security-Policies (public pages, admin) and the Permissions-Policy."""

from django.urls import reverse


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


def test_public_pages_allow_only_the_sites_own_scripts_without_nonce(client, home_page):
    response = client.get(home_page.url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "nonce-" not in response["Content-Security-Policy"]
    assert "<script>" not in response.content.decode(), "no inline script on a public page"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_404_page_has_the_public_policy(client, home_page):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert directives(response)["script-src"] == ["'self'"]


def test_the_admin_has_its_own_policy(editor_client):
    response = editor_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = directives(response)
    # Wagtail's form widgets initialise themselves in inline scripts.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-inline'" in policy["style-src"]
    assert "blob:" in policy["img-src"]
    assert "camera=()" in response["Permissions-Policy"]

