"""A large synthetic site for ``manage.py bench_search``: pages inserted in bulk, then indexed.

Creating 10,000 pages through treebeard's ``add_child`` takes minutes (one tree update, one
revision and one index write per page). Here the ``wagtailcore_page`` rows are inserted with
``bulk_create`` (tree paths computed here), the specific rows one ``save_base(raw=True)`` each
(the page row exists already), the theme links with ``bulk_create``; then the search documents
are written in bulk (``search.documents.rebuild``).
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from agenda.models import EventIndexPage, EventPage
from home.models import HomePage
from lettre.models import LettreIndexPage, LettrePage
from ressources.models import (
    PartnerIndexPage,
    PartnerPage,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    Theme,
)

from . import documents

BENCH_PREFIX = "bench-"
BATCH = 1000

TOPICS = [
    "revitalisation des centres-bourgs", "tiers-lieux", "commerce de proximité", "friche industrielle",
    "habitat ancien", "bibliothèques et médiathèques", "mobilités du quotidien", "transition écologique",
    "inclusion numérique", "patrimoine bâti", "opération de revitalisation de territoire",
    "santé et maisons médicales", "espaces publics", "ingénierie de projet", "marchés couverts",
    "logement des jeunes", "culture et tourisme", "énergie et rénovation", "alimentation locale",
    "emploi et formation", "vacance commerciale", "circuits courts", "services publics", "France services",
    "conseillers numériques", "îlots de chaleur", "désimperméabilisation des sols", "covoiturage rural",
    "pistes cyclables", "halles marchandes", "cinémas de village", "écoles et périscolaire",
    "résidences seniors", "copropriétés dégradées", "sobriété foncière", "zéro artificialisation nette",
    "trame verte et bleue", "rivières et berges", "mémoire ouvrière", "artisanat d'art",
]
TOWNS = [
    "Barentin", "Thizy-les-Bourgs", "Espinasses", "La Bâtie-Neuve", "Sotteville", "Bourganeuf", "Lodève",
    "Saint-Flour", "Millau", "Figeac", "Langres", "Clamecy", "Decazeville", "Guingamp", "Loches",
    "Montbard", "Nogent-le-Rotrou", "Paimpol", "Riom", "Saint-Claude", "Tonnerre", "Vierzon", "Aubusson",
    "Bar-sur-Aube", "Castelsarrasin", "Digne-les-Bains", "Embrun", "Fougères", "Gien", "Issoudun",
    "Joigny", "Lure", "Mauriac", "Nontron", "Oloron-Sainte-Marie", "Pontivy", "Quimperlé", "Rethel",
    "Sedan", "Thouars",
]
OPENINGS = [
    "Les élus de {town} présentent leur projet de {topic}.",
    "À {town}, la commune a lancé une démarche de {topic} avec ses habitants.",
    "Le chef de projet de {town} revient sur les étapes du chantier de {topic}.",
    "Ce guide propose des méthodes pour engager un projet de {topic}.",
    "Le replay du webinaire consacré à {topic} est disponible.",
    "Une étude analyse les leviers de {topic} dans les petites villes.",
    "La fiche détaille les financements mobilisables pour {topic}.",
    "Un retour d'expérience de {town} sur {topic} et ses premiers résultats.",
]
DETAILS = [
    "Les partenaires du programme accompagnent la commune dans la durée.",
    "Le diagnostic a associé les commerçants, les associations et les services de l'État.",
    "Le calendrier prévoit une première tranche de travaux dès l'an prochain.",
    "Une convention a été signée avec l'intercommunalité et le département.",
    "Les habitants ont été consultés lors de trois ateliers participatifs.",
    "Le support de présentation et les contacts des intervenants sont joints.",
    "Le projet s'inscrit dans l'opération de revitalisation du territoire.",
    "Les rencontres mensuelles du Club permettent d'échanger sur ces sujets.",
    "Un événement régional réunira les communes lauréates au printemps.",
    "L'Ordre des architectes et les CAUE proposent un appui aux maîtres d'ouvrage.",
]
PARTNERS = [
    "Banque des territoires", "Cerema", "Ordre des architectes", "ANAH", "ADEME", "Action Logement",
    "Association des petites villes de France", "Fédération nationale des CAUE", "Epareca", "Agence Bio",
    "Office français de la biodiversité", "La Poste", "Villes de France", "Fondation du patrimoine",
    "Réseau rural", "CCI France", "CMA France", "France Active", "Initiative France",
    "Centre national du livre",
]


def _text(rng: random.Random, sentences: int) -> str:
    """A few sentences: one specific opening (a topic, a town) then generic details."""
    parts = [rng.choice(OPENINGS).format(town=rng.choice(TOWNS), topic=rng.choice(TOPICS))]
    parts.extend(rng.choice(DETAILS) if rng.random() < 0.3 else
                 rng.choice(OPENINGS).format(town=rng.choice(TOWNS), topic=rng.choice(TOPICS))
                 for _ in range(sentences - 1))
    return " ".join(parts)


def tree_step(number: int) -> str:
    """A step of a treebeard path: ``number`` in ``Page.alphabet``, ``Page.steplen`` characters long."""
    digits = ""
    while number:
        number, digit = divmod(number, len(Page.alphabet))
        digits = Page.alphabet[digit] + digits
    return digits.rjust(Page.steplen, Page.alphabet[0])


class BulkPages:
    """Appends many pages of one type under a parent without treebeard's per-page cost."""

    def __init__(self, parent: Page, model: type[Page]):
        self.parent = parent
        self.model = model
        self.content_type = ContentType.objects.get_for_model(model)
        last = (Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path").values_list("path", flat=True).first())
        self.step = int(last[-Page.steplen:], len(Page.alphabet)) if last else 0
        self.now = timezone.now()

    def create(self, specifics: list[Page]) -> list[Page]:
        pages = []
        for specific in specifics:
            self.step += 1
            pages.append(Page(
                title=specific.title, draft_title=specific.title, slug=specific.slug,
                content_type=self.content_type, live=True, has_unpublished_changes=False,
                path=self.parent.path + tree_step(self.step),
                depth=self.parent.depth + 1, numchild=0,
                url_path=f"{self.parent.url_path}{specific.slug}/", locale_id=self.parent.locale_id,
                translation_key=uuid.uuid4(), first_published_at=self.now, last_published_at=self.now,
            ))
        pages = Page.objects.bulk_create(pages)
        for page, specific in zip(pages, specifics, strict=True):
            specific.page_ptr_id = page.pk
            specific.pk = page.pk
            for field in Page._meta.concrete_fields:
                setattr(specific, field.attname, getattr(page, field.attname))
        for specific in specifics:
            specific.save_base(raw=True, force_insert=True)  # the specific row only, no signal handler acts
        self.parent.numchild = Page.objects.filter(path__startswith=self.parent.path,
                                                   depth=self.parent.depth + 1).count()
        Page.objects.filter(pk=self.parent.pk).update(numchild=self.parent.numchild)
        return specifics


def ensure_sections(stdout) -> dict[str, Page]:
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    if home is None:
        home = root.add_child(instance=HomePage(title="Club des Petites villes de demain", slug="accueil"))
        Site.objects.update_or_create(is_default_site=True,
                                      defaults={"hostname": "localhost", "port": 80, "root_page": home})
    sections = {}
    for key, model, title, slug in (
        ("library", ResourceIndexPage, "Ressourcerie", "ressources"),
        ("partners", PartnerIndexPage, "Partenaires", "partenaires"),
        ("agenda", EventIndexPage, "Agenda", "agenda"),
        ("lettres", LettreIndexPage, "Les lettres", "lettres"),
    ):
        section = model.objects.child_of(home).first()
        if section is None:
            section = home.add_child(instance=model(title=title, slug=slug))
            stdout.write(f"created {model.__name__}")
        sections[key] = section
    return sections


def issue_body(rng: random.Random, number: int) -> list:
    topic = rng.choice(TOPICS)
    return [
        ("rubrique", {"title": "Actualités et vie du programme"}),
        ("texte", f"<p>{_text(rng, 4)}</p>"),
        ("interview", {
            "person": {"name": f"Maire numéro {number}", "role": "Maire d'une petite ville de demain"},
            "questions": [
                {"question": f"Quel est votre projet de {topic} ?", "answer": f"<p>{_text(rng, 5)}</p>"},
                {"question": "Quels conseils donneriez-vous ?", "answer": f"<p>{_text(rng, 4)}</p>"},
            ],
        }),
        ("actualites", {"items": [
            {"title": f"{rng.choice(TOPICS).capitalize()} à {rng.choice(TOWNS)}",
             "text": f"<p>{_text(rng, 3)}</p>"}
            for _ in range(3)
        ]}),
    ]


@transaction.atomic
def build(resources: int, issues: int, events: int, stdout) -> None:
    rng = random.Random(20210512)
    sections = ensure_sections(stdout)
    locale = Locale.get_default()
    themes = [Theme.objects.get_or_create(slug=f"{BENCH_PREFIX}{i}", locale=locale,
                                          defaults={"name": topic.capitalize()})[0]
              for i, topic in enumerate(TOPICS)]
    partners = BulkPages(sections["partners"], PartnerPage).create([
        PartnerPage(title=name, slug=f"{BENCH_PREFIX}partenaire-{i}",
                    description=f"<p>{_text(rng, 2)}</p>")
        for i, name in enumerate(PARTNERS)
    ])
    stdout.write(f"{len(partners)} partners")
    types = [choice for choice, _label in ResourceType.choices]
    created = []
    library = BulkPages(sections["library"], ResourcePage)
    for start in range(0, resources, BATCH):
        batch = [
            ResourcePage(
                title=f"{rng.choice(['Guide', 'Replay', 'Fiche', 'Étude', 'Kit'])} : "
                      f"{rng.choice(TOPICS)} à {rng.choice(TOWNS)} ({number})",
                slug=f"{BENCH_PREFIX}ressource-{number}", summary=_text(rng, 2),
                body=f"<p>{_text(rng, 4)}</p>",
                resource_type=rng.choice(types), publication_date=datetime.date(2019, 1, 1)
                + datetime.timedelta(days=rng.randrange(365 * 6)),
                partner_id=rng.choice(partners).pk if rng.random() < 0.7 else None,
                external_url="https://example.org/ressource",
            )
            for number in range(start, min(start + BATCH, resources))
        ]
        created.extend(library.create(batch))
        stdout.write(f"{len(created)} resources")
    links = [ResourcePage.themes.through(resourcepage_id=page.pk, theme_id=theme.pk)
             for page in created for theme in rng.sample(themes, rng.randint(1, 3))]
    ResourcePage.themes.through.objects.bulk_create(links, batch_size=5000)
    BulkPages(sections["agenda"], EventPage).create([
        EventPage(title=f"Webinaire : {rng.choice(TOPICS)} ({number})",
                  slug=f"{BENCH_PREFIX}evenement-{number}", summary=_text(rng, 2),
                  start=(start := timezone.now() + datetime.timedelta(days=number - events // 2)),
                  end=start + datetime.timedelta(hours=2), organiser_id=rng.choice(partners).pk)
        for number in range(events)
    ])
    stdout.write(f"{events} events")
    first = (LettrePage.objects.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    BulkPages(sections["lettres"], LettrePage).create([
        LettrePage(title=f"Lettre d'information #{number}", slug=f"{BENCH_PREFIX}lettre-{number}",
                   number=number,
                   issue_date=datetime.date(2020, 11, 23) + datetime.timedelta(days=30 * (number - first)),
                   intro=f"<p>{_text(rng, 2)}</p>", body=issue_body(rng, number))
        for number in range(first, first + issues)
    ])
    stdout.write(f"{issues} issues")


def index_bench_pages(stdout) -> None:
    stdout.write(f"{documents.rebuild()} search documents written")
