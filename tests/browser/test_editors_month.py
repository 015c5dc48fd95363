"""The editors' month in the real admin: a « Rédacteurs » member prepares the next issue with one
action, removes a pre-filled event, types the standfirst and saves at once with Ctrl+S (the text is
kept), submits it; a « Responsables de la lettre » member schedules and approves it; the partner chooser
finds a partner by its acronym."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from core.roles import NEWSLETTER_MANAGERS, WRITERS
from lettre.models import LettrePage
from lettre.preparation import first_weekday_of_next_month
from tests import factories

from .a11y import ARTIFACTS_DIR
from .texts import fr

PASSWORD = "un-mot-de-passe-solide"
STANDFIRST = "Ce mois-ci, les petites villes préparent l'hiver."


@pytest.fixture
def month(migrated_db, django_user_model, home_page):
    archive = factories.LettreIndexPageFactory(parent=home_page)
    agenda = factories.EventIndexPageFactory(parent=home_page)
    partners = factories.PartnerIndexPageFactory(parent=home_page)
    library = factories.ResourceIndexPageFactory(parent=home_page)
    apvf = factories.PartnerFactory(
        parent=partners, title="Association des petites villes de France", acronym="APVF"
    )
    last_date = datetime.date(2021, 5, 12)
    factories.IssueFactory(
        parent=archive,
        number=4,
        title="La lettre de mai",
        slug="lettre-4-mai-2021",
        issue_date=last_date,
        body=[
            ("rubrique", {"title": "Les rendez-vous du Club", "anchor": ""}),
            ("texte", "<p>Rendez-vous.</p>"),
        ],
    )
    issue_date = first_weekday_of_next_month(max(timezone.localdate(), last_date))
    events = [
        factories.EventFactory(
            parent=agenda,
            title=title,
            start=factories.paris(issue_date.year, issue_date.month, issue_date.day + offset, 14, 0),
        )
        for title, offset in (("Webinaire habitat", 1), ("Atelier commerce", 2))
    ]
    factories.ResourceFactory(
        parent=library, title="Guide du commerce", partner=apvf, publication_date=timezone.localdate()
    )

    def member(username, group):
        user = django_user_model.objects.create_user(
            username, f"{username}@anct.gouv.fr", PASSWORD, first_name=username.capitalize()
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "archive": archive,
        "events": events,
        "writer": member("claire", WRITERS),
        "manager": member("louise", NEWSLETTER_MANAGERS),
        "library": library,
    }


def log_in(page, username):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def log_out(page):
    page.context.clear_cookies()


def saved_message(title_pattern: str = ".+") -> re.Pattern:
    """Wagtail's “La page « … » a été mise à jour.”, said by the save itself. The page already shows the
    preparation's success message: waiting for any success message did not wait for the save, and the
    reload that followed could cancel the save still in progress."""
    sentence = re.escape(fr("Page '%(page_title)s' has been updated."))
    return re.compile(sentence.replace(re.escape("%(page_title)s"), title_pattern))


def test_a_writer_prepares_submits_and_a_manager_schedules_the_next_issue(page, month):
    archive = month["archive"]
    script_errors = []
    page.on("pageerror", lambda error: script_errors.append(f"{page.url}: {error}"))
    log_in(page, "claire")

    # The partner chooser finds the partner by its acronym (from a resource's form).
    page.goto(f"/admin/pages/add/ressources/resourcepage/{month['library'].pk}/")
    page.locator("#id_partner-chooser [data-chooser-action-choose]").click()
    modal = page.locator(".modal-dialog")
    modal.locator("input[name=q]").fill("APVF")
    expect(modal.locator("a.choose-page")).to_contain_text(["Association des petites villes de France"])
    modal.locator("button.close, [data-dismiss=modal]").first.click()

    # « Préparer la prochaine lettre » from the archive's actions.
    page.goto(f"/admin/pages/{archive.pk}/")
    page.get_by_role("button", name="Actions", exact=True).first.click()
    page.get_by_role("link", name=fr("Prepare the next issue")).click()
    expect(page.locator("main")).to_contain_text("Webinaire habitat")
    for width in (1280, 320):  # looked at by the developer: test-artifacts/prepare-<width>.png
        page.set_viewport_size({"width": width, "height": 900})
        ARTIFACTS_DIR.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS_DIR / f"prepare-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("button", name=fr("Prepare the draft")).click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    edit_url = page.url

    # One of the two pre-filled events is removed.
    agenda = page.locator('[data-contentpath="items"]').first
    expect(agenda).to_contain_text("Atelier commerce")
    item = agenda.locator("[data-contentpath]", has_text="Atelier commerce").first
    item.locator(
        'button[title="' + fr("Delete") + '"], button[aria-label*="' + fr("Delete") + '"]'
    ).first.click()

    # The standfirst typed, then Ctrl+S at once: the text is kept.
    page.locator('[name="intro"]').locator("xpath=..").locator("[contenteditable=true][role=textbox]").click()
    page.keyboard.type(STANDFIRST)
    page.keyboard.press("Control+s")
    expect(page.locator(".messages .success")).to_have_text(saved_message())
    page.reload()
    expect(page.locator('[name="intro"]').locator("xpath=..")).to_contain_text(STANDFIRST)
    expect(page.locator('[data-contentpath="items"]').first).not_to_contain_text("Atelier commerce")

    # Submitted to « Validation de la lettre ».
    actions = page.locator("footer nav.actions--primary")
    actions.locator(".w-dropdown__toggle").click()
    actions.locator('button[name="action-submit"]').click()
    expect(page.locator(".messages .success")).to_be_visible()
    log_out(page)

    # The manager schedules it a day ahead and approves it: it is scheduled, said so, not live.
    log_in(page, "louise")
    page.goto(edit_url)
    page.locator('[data-side-panel-toggle="status"]').click()
    page.get_by_role("button", name=re.compile(fr("Set schedule"), re.IGNORECASE)).click()
    go_live = timezone.localtime() + datetime.timedelta(days=1)
    page.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    # The date picker stays open over the dialog's button: the button gets the click itself.
    page.locator("#schedule-publishing-dialog").get_by_role(
        "button", name=re.compile(fr("Save schedule"), re.I)
    ).dispatch_event("click")
    expect(page.locator(".messages .success")).to_be_visible()
    actions = page.locator("footer nav.actions--primary")
    actions.locator(".w-dropdown__toggle").click()
    page.locator('button[data-workflow-action-name="approve"]').first.click()
    expect(page.locator(".messages")).to_contain_text("approuvée et programmée")
    page.goto("about:blank")  # the admin's background requests stop before the database is read here

    issue = LettrePage.objects.get(number=5)
    assert not issue.live
    assert issue.scheduled_revision is not None
    draft = issue.get_latest_revision_as_object()
    assert STANDFIRST in draft.intro
    agenda_block = next(block for block in draft.body if block.block_type == "agenda")
    assert [item["page"].title for item in agenda_block.value["items"]] == ["Webinaire habitat"]
    assert script_errors == []  # the date picker of the preparation, the editor's scripts
