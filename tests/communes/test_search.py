"""The site search finds the directory of communes by a member commune's name, and keeps up with the
members as they change."""

from tests.search.reading import result_titles
from tests.search.reading import results_page as search


def test_searching_the_name_of_a_member_commune_finds_the_directory(directory, make_members, client,
                                                                     django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_members("76057")

    assert result_titles(search(client, q="Barentin")) == ["Les communes du programme"]
    assert result_titles(search(client, q="Dieppe")) == []  # in the reference, not a member


def test_a_commune_imported_as_a_member_is_found_once_the_import_is_done(directory, reference, client,
                                                                          django_capture_on_commit_callbacks):
    from communes.membership_import import import_members

    with django_capture_on_commit_callbacks(execute=True):
        import_members(b"code_insee\n76217\n")

    assert result_titles(search(client, q="Dieppe")) == ["Les communes du programme"]
