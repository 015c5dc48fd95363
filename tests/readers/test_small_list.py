"""Small things a reader notices: the Atom feed names its author, the iCal export keeps “R&D” as written
and names the calendar after the site."""

import datetime

from tests.factories import paris


def test_the_atom_feed_names_its_author(client, issue_factory):
    issue_factory(number=1, issue_date=datetime.date(2020, 11, 23))
    atom = client.get("/lettres/atom.xml").content.decode()
    assert "<author><name>Agence nationale de la cohésion des territoires</name>" in atom


def test_the_ical_export_keeps_the_text_and_names_the_calendar(client, agenda, event_factory):
    event = event_factory(
        "Atelier R&D", start=paris(2021, 6, 1, 9, 30), body="<p>Innovation &amp; R&amp;D</p>"
    )
    ics = client.get(event.ical_url()).content.decode()
    assert "R&amp" not in ics
    assert "Innovation & R&D" in ics.replace("\\", "")
    whole = client.get(agenda.ical_url()).content.decode()
    assert "X-WR-CALNAME:" in whole
    calname = next(line for line in whole.splitlines() if line.startswith("X-WR-CALNAME:"))
    assert "Petites villes de demain" in calname


def test_the_home_page_explores_the_partners_too(client, home_page, partner_index):
    html = client.get("/").content.decode()
    assert f'href="{partner_index.url}"' in html
