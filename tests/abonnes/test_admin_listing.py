"""The subscribers in the admin: listing, search, filters, counts per status."""

from django.urls import reverse

from tests.html import page, text


def test_the_listing_searches_filters_and_counts(admin_client, subscriber_factory):
    subscriber_factory("camille@example.org", organisation="Mairie de Barentin", role="elu")
    subscriber_factory("dominique@example.org", organisation="Cerema", role="partenaire")
    subscriber_factory("attente@example.org", status="pending")

    soup = page(admin_client.get(reverse("abonnes:index")))
    counts = text(soup.select_one(".pvd-status-counts"))
    assert "Confirmé : 2" in counts and "En attente de confirmation : 1" in counts

    found = page(admin_client.get(reverse("abonnes:index"), {"q": "barentin"}))
    assert "camille@example.org" in text(found) and "dominique@example.org" not in text(found)

    partners = page(admin_client.get(reverse("abonnes:index"), {"role": "partenaire"}))
    assert "dominique@example.org" in text(partners) and "camille@example.org" not in text(partners)
    pending = page(admin_client.get(reverse("abonnes:index"), {"status": "pending"}))
    assert "attente@example.org" in text(pending) and "camille@example.org" not in text(pending)


def test_an_editor_without_the_model_permission_does_not_see_subscribers(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("lecteur", "l@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("abonnes:index")).status_code in (302, 403)
    assert client.get(reverse("abonnes_export")).status_code in (302, 403)


def test_an_empty_listing_says_how_to_add_or_import_subscribers(admin_client):
    soup = page(admin_client.get(reverse("abonnes:index")))
    assert "Aucun abonné pour l'instant : ajoutez-en un, ou importez un fichier CSV" in text(soup)
    assert soup.find("a", string="ajoutez-en un")["href"] == reverse("abonnes:add")
