"""What the directory page shows at each of its addresses: the list, the map, one commune."""

from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.translation import gettext as _

from core.pagination import page_number, paginate_counted

from .directory import DirectoryFilter, counts_by_department, regions_with_departments
from .map import build_map
from .mentions import mentions_of
from .models import Commune, Department, FormerCommune

COMMUNES_PER_PAGE = 20
NEIGHBOURS_SHOWN = 60


def directory_context(page, request) -> dict:
    directory = DirectoryFilter(request.GET)
    total = directory.total
    number = min(page_number(request.GET.get("page")), max(1, -(-total // COMMUNES_PER_PAGE)))
    start = (number - 1) * COMMUNES_PER_PAGE
    communes = list(directory.results()[start:start + COMMUNES_PER_PAGE])
    mentions = mentions_of([commune.code for commune in communes])
    for commune in communes:
        commune.mentions = mentions.get(commune.code)
    pagination = paginate_counted(total, number, communes, COMMUNES_PER_PAGE, params=directory.cleaned,
                                  fragment="resultats")
    return {"filter": directory, "pagination": pagination, "communes": communes}


def map_context(page, request) -> dict:
    departments = list(Department.objects.select_related("region").order_by("code"))
    counts = counts_by_department()
    return {
        "department_map": build_map(departments, counts, page.url),
        "regions": regions_with_departments(departments, counts),
        "total": sum(counts.values()),
        "directory_url": page.url,
        "breadcrumb_current": _("Map by department"),
    }


def commune_response(page, request, code: str):
    commune = (
        Commune.objects.filter(pk=code, membership__isnull=False)
        .select_related("department__region", "epci", "membership")
        .first()
    )
    if commune is None:
        former = FormerCommune.objects.filter(pk=code, commune__membership__isnull=False).first()
        if former is not None:  # an old INSEE code leads to the commune it merged into
            return HttpResponsePermanentRedirect(page.commune_url(former.commune_id))
        raise Http404(_("No member commune has this INSEE code."))
    neighbours = list(
        Commune.objects.filter(department_id=commune.department_id, membership__isnull=False)
        .exclude(pk=commune.pk)
        .order_by("search_key")
        .only("code", "name", "department_id")[: NEIGHBOURS_SHOWN + 1]
    )
    context = {
        "commune": commune,
        "membership": commune.membership,
        "mentions": mentions_of([commune.code]).get(commune.code),
        "neighbours": neighbours[:NEIGHBOURS_SHOWN],
        "more_neighbours": len(neighbours) > NEIGHBOURS_SHOWN,
        "department_url": f"{page.url}?department={commune.department_id}#resultats",
        "breadcrumb_current": commune.name,
    }
    return page.render(request, context_overrides=context, template="communes/commune_page.html")
