"""The commune chooser of issue items: optional, several communes, kept as references."""

import pytest

from lettre.blocks import ArticleBlock, ImageOfTheMonthBlock, InterviewBlock, NewsBlock
from lettre.blocks.features import NewsItemBlock


@pytest.mark.parametrize("block_class", [NewsItemBlock, ArticleBlock, ImageOfTheMonthBlock, InterviewBlock])
def test_a_new_item_starts_without_commune_and_can_be_saved_so(block_class):
    communes = block_class().child_blocks["communes"]

    default = communes.get_default()

    assert list(default) == []
    assert list(communes.clean(default)) == []  # a new item with no commune chosen is valid


def test_chosen_communes_are_recorded_as_references_of_the_issue(reference):
    from communes.models import Commune

    block = NewsBlock()
    value = block.to_python({"items": [{"title": "VTA", "communes": ["22203", "76057"]}]})

    assert [c.name for c in value["items"][0]["communes"]] == ["Plœuc-L'Hermitage", "Barentin"]
    references = {(model, pk) for model, pk, _path, _content in block.extract_references(value)}
    assert {(Commune, "22203"), (Commune, "76057")} <= references
