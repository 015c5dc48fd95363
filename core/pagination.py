"""Forgiving pagination shared by every list of the site (archive, library, agenda, search).

A page number that is not a number, or too small, gives the first page; a number past the
end gives the last page. Links keep the other parameters of the address (the filters).
"""

from dataclasses import dataclass, field

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.utils.http import urlencode


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: an ellipsis
    url: str = ""
    current: bool = False


@dataclass
class Pagination:
    page_obj: PaginatorPage
    params: dict = field(default_factory=dict)
    page_param: str = "page"
    fragment: str = ""

    @property
    def object_list(self):
        return self.page_obj.object_list

    @property
    def number(self) -> int:
        return self.page_obj.number

    @property
    def num_pages(self) -> int:
        return self.page_obj.paginator.num_pages

    @property
    def count(self) -> int:
        return self.page_obj.paginator.count

    @property
    def has_other_pages(self) -> bool:
        return self.page_obj.has_other_pages()

    def url_for(self, number: int) -> str:
        params = {**self.params}
        if number > 1:
            params[self.page_param] = number
        query = urlencode(params, doseq=True)  # a filter may hold several values
        return (f"?{query}" if query else "?") + (f"#{self.fragment}" if self.fragment else "")

    @property
    def first_url(self) -> str:
        return self.url_for(1) if self.number > 1 else ""

    @property
    def previous_url(self) -> str:
        return self.url_for(self.number - 1) if self.page_obj.has_previous() else ""

    @property
    def next_url(self) -> str:
        return self.url_for(self.number + 1) if self.page_obj.has_next() else ""

    @property
    def last_url(self) -> str:
        return self.url_for(self.num_pages) if self.number < self.num_pages else ""

    @property
    def links(self) -> list[PageLink]:
        links = []
        for item in self.page_obj.paginator.get_elided_page_range(self.number, on_each_side=1, on_ends=1):
            if isinstance(item, int):
                links.append(PageLink(item, self.url_for(item), item == self.number))
            else:
                links.append(PageLink(None))
        return links


def page_number(raw: str | None) -> int:
    """The page asked for, 1 if it is not a positive integer."""
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def paginate(queryset, raw_number: str | None, per_page: int, params: dict | None = None,
             page_param: str = "page", fragment: str = "") -> Pagination:
    paginator = Paginator(queryset, per_page)
    number = min(page_number(raw_number), paginator.num_pages)
    return Pagination(paginator.page(number), params or {}, page_param, fragment)


class _KnownPage:
    """A list of ``total`` items of which only the page starting at ``offset`` was fetched: what a
    ``Paginator`` needs when the database counted and cut the page itself."""

    def __init__(self, total: int, offset: int, items: list):
        self.total, self.offset, self.items = total, offset, list(items)

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("only the fetched page can be read")
        start = (index.start or 0) - self.offset
        stop = None if index.stop is None else index.stop - self.offset
        return self.items[max(start, 0):stop]


def paginate_counted(total: int, number: int, items: list, per_page: int, params: dict | None = None,
                     page_param: str = "page", fragment: str = "") -> Pagination:
    """Pagination of a list counted and cut by the database: ``items`` is page ``number`` (already
    brought within range) of ``total``."""
    number = max(1, number)
    paginator = Paginator(_KnownPage(total, (number - 1) * per_page, items), per_page)
    return Pagination(paginator.page(min(number, paginator.num_pages)), params or {}, page_param, fragment)
