"""Links from any page to the pages of the communes it mentions (issues, resources, events)."""

from django import template

from communes.models import Commune, CommuneDirectoryPage, Membership
from core.templatetags.site_tags import root_children

register = template.Library()


def _directory(context):
    """The live directory page, looked up once per request."""
    request = context.get("request")
    if request is not None and hasattr(request, "_pvd_commune_directory"):
        return request._pvd_commune_directory
    children = root_children(context)[1]
    directory = next((page for page in children if isinstance(page, CommuneDirectoryPage)), None)
    if directory is None:
        directory = CommuneDirectoryPage.objects.live().order_by("path").first()
    if request is not None:
        request._pvd_commune_directory = directory
    return directory


def membership_of(communes) -> set[str]:
    """The codes of the member communes among these: read from the communes when they were loaded
    with their membership (an issue's blocks are), else in one query."""
    if all(Commune.membership.is_cached(commune) for commune in communes):
        return {commune.pk for commune in communes if getattr(commune, "membership", None) is not None}
    codes = [commune.pk for commune in communes]
    return set(Membership.objects.filter(commune_id__in=codes).values_list("commune_id", flat=True))


@register.inclusion_tag("communes/includes/commune_links.html", takes_context=True)
def commune_links(context, communes):
    """“Communes: Barentin, Plœuc-L'Hermitage”: a link to each member commune's page, the name alone
    for a commune that is not a member (it has no page)."""
    communes = [commune for commune in communes or [] if commune is not None]
    if not communes:
        return {"links": []}
    directory = _directory(context)
    members = set()
    if directory is not None:
        members = membership_of(communes)
    links = [
        {"name": commune.name, "url": directory.commune_url(commune.pk) if commune.pk in members else ""}
        for commune in communes
    ]
    return {"links": links}
