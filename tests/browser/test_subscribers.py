"""Subscribers in a real browser: a visitor subscribes on the home page, confirms from the e-mail the
SMTP sink received, manages and unsubscribes; an editor with the permission sends an issue and sees the
progress; an editor without it does not see the action. Screenshots at 1280 and 320 px."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from abonnes.models import Subscriber
from core.roles import WRITERS
from tests.abonnes.conftest import link_in
from tests.abonnes.sink import Sink, SinkServer, use_smtp

from .a11y import ARTIFACTS_DIR


@pytest.fixture
def smtp(settings):
    sink = Sink()
    with SinkServer(sink) as server:
        use_smtp(settings, server.port)
        yield sink


def shoot(page, name: str) -> None:
    folder = ARTIFACTS_DIR / "abonnes"
    folder.mkdir(parents=True, exist_ok=True)
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(folder / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_a_visitor_subscribes_confirms_manages_and_unsubscribes(migrated_db, page, smtp, issue_factory):
    issue_factory(number=4, title="La lettre de mai")
    page.goto("/")
    callout = page.locator("section.pvd-subscribe")
    callout.get_by_label("Votre adresse e-mail").fill("camille@example.org")
    callout.get_by_label("Vous êtes (facultatif)").select_option("elu")
    shoot(page, "accueil-formulaire")
    callout.get_by_role("button", name="Je m'abonne").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Consultez votre messagerie")
    shoot(page, "consultez-votre-messagerie")

    [message] = smtp.messages_to("camille@example.org")
    page.goto(link_in(message, "/abonnement/confirmer/"))
    page.get_by_role("button", name="Confirmer mon abonnement").click()
    expect(page.get_by_role("status")).to_contain_text("Votre abonnement est confirmé")
    assert Subscriber.objects.get().status == "confirmed"

    page.get_by_role("link", name="Gérer mon abonnement").click()
    page.get_by_label("Organisme").fill("Mairie de Barentin")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("status")).to_contain_text("Vos modifications sont enregistrées")
    shoot(page, "gerer-mon-abonnement")
    assert Subscriber.objects.get().organisation == "Mairie de Barentin"

    page.get_by_role("button", name="Se désinscrire").click()
    expect(page.get_by_role("status")).to_contain_text("camille@example.org ne recevra plus la lettre")
    shoot(page, "desinscription")
    assert Subscriber.objects.get().status == "unsubscribed"


def log_in(page, username: str) -> None:
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("motdepasse-long-42")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def make_editor(django_user_model, username: str, can_send: bool):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "motdepasse-long-42")
    user.groups.add(Group.objects.get(name=WRITERS))
    if can_send:
        user.user_permissions.add(Permission.objects.get(codename="send_issue"))
    return user


def test_an_editor_with_the_permission_sends_and_sees_the_progress(
    migrated_db, page, smtp, issue_factory, django_user_model
):
    issue = issue_factory(number=4, title="La lettre de mai")
    for n in range(3):
        Subscriber.objects.create(email=f"lecteur{n}@example.org", status="confirmed")
    make_editor(django_user_model, "redactrice", can_send=True)
    log_in(page, "redactrice")

    page.goto(f"/admin/pages/{issue.pk}/edit/")
    page.get_by_role("button", name="Actions", exact=True).first.click()
    page.get_by_role("link", name="Envoyer aux abonnés", exact=True).click()
    expect(page.locator("main")).to_contain_text("sera envoyée à 3 abonnés confirmés")
    page.get_by_label("Je confirme l'envoi à ces abonnés").check()
    shoot(page, "admin-envoi")
    page.locator("main form button[type=submit]").click()

    expect(page.locator(".pvd-count-sent")).to_have_text("3")
    expect(page.locator("progress")).to_have_attribute("value", "100")
    shoot(page, "admin-suivi")
    assert len(smtp.per_address) == 3


def test_an_editor_without_the_permission_does_not_see_the_action(
    migrated_db, page, issue_factory, django_user_model
):
    issue = issue_factory(number=4, title="La lettre de mai")
    make_editor(django_user_model, "redacteur", can_send=False)
    log_in(page, "redacteur")

    page.goto(f"/admin/pages/{issue.pk}/edit/")
    page.get_by_role("button", name="Actions", exact=True).first.click()
    expect(page.get_by_role("link", name="Envoyer un test", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Envoyer aux abonnés", exact=True)).to_have_count(0)
