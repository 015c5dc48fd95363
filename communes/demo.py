"""Demo content of the directory: the reference data of the communes named in the two seed issues, a
sample of member communes in the three regions of issue #1 (Centre-Val de Loire, La Réunion,
Provence-Alpes-Côte d'Azur), and the directory page. Idempotent.

The sample is NOT the programme's real list (the Club imports it from its own CSV file): it is chosen
by a fixed rule from the committed reference, so the map shows three regions filled.
"""

import csv
import gzip
import io

from .models import Commune, CommuneDirectoryPage, Department, Membership
from .reference import DATA_DIR, import_reference

# Communes the seed issues name, by INSEE code.
SEED_COMMUNES = {
    "76057": "Barentin",
    "69248": "Thizy-les-Bourgs",
    "22203": "Plœuc-L'Hermitage",
    "67311": "Muttersholtz",
    "47106": "Fumel",
    "62215": "Carvin",
    "05050": "Espinasses",
    "05017": "La Bâtie-Neuve",
}
# The seeds present these as Petites villes de demain (Muttersholtz is named for a prize only).
SEED_MEMBERS = ("76057", "69248", "22203", "47106", "62215", "05050", "05017")
SAMPLE_REGIONS = ("24", "04", "93")  # Centre-Val de Loire, La Réunion, Provence-Alpes-Côte d'Azur
SAMPLE_POPULATION = (2_000, 20_000)  # small towns, as the programme's members are
SAMPLE_EVERY = 5  # one eligible commune in five, by INSEE code

INTRO = (
    "<p>Les communes lauréates du programme <i>Petites villes de demain</i> : cherchez une commune par son "
    "nom, filtrez par région ou par département, et retrouvez les lettres, ressources et événements qui "
    "en parlent.</p><p>Contenu de démonstration : la liste des communes membres est un échantillon.</p>"
)
MAP_INTRO = "<p>Où sont les communes du programme : leur nombre dans chaque département.</p>"


def sample_codes() -> list[str]:
    """Every fifth commune of 2,000 to 20,000 inhabitants in the three regions, by INSEE code."""
    regions = {row["code"]: row["region"] for row in _rows("departments.csv")}
    low, high = SAMPLE_POPULATION
    eligible = [
        row["code"] for row in _rows("communes.csv.gz")
        if regions.get(row["department"]) in SAMPLE_REGIONS
        and row["population"].isdigit() and low <= int(row["population"]) <= high
    ]
    return sorted(eligible)[::SAMPLE_EVERY]


def _rows(name: str) -> list[dict]:
    raw = (DATA_DIR / name).read_bytes()
    text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def load_demo_communes(home) -> CommuneDirectoryPage:
    """The communes of the seeds and the sample of members, and the directory page under ``home``."""
    members = [*SEED_MEMBERS, *sample_codes()]
    if not Department.objects.exists() or not all_present(members + list(SEED_COMMUNES)):
        import_reference(codes={*SEED_COMMUNES, *members})
    existing = set(Membership.objects.values_list("commune_id", flat=True))
    Membership.objects.bulk_create(Membership(commune_id=code) for code in members if code not in existing)
    return directory_page(home)


def all_present(codes: list[str]) -> bool:
    return Commune.objects.filter(pk__in=set(codes)).count() == len(set(codes))


def chosen_communes(*codes: str) -> list[Commune]:
    """Communes as a block's commune chooser holds them, in the order given."""
    found = Commune.objects.in_bulk(codes)
    return [found[code] for code in codes]


def directory_page(home) -> CommuneDirectoryPage:
    page = CommuneDirectoryPage.objects.child_of(home).first()
    if page is None:
        page = CommuneDirectoryPage(
            title="Les communes du programme", slug="communes", intro=INTRO, map_intro=MAP_INTRO,
            show_in_menus=True,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    return page
