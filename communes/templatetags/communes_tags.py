"""Links from any page to the pages of the communes it mentions (issues, resources, events)."""

from django import template

from communes.models import CommuneDirectoryPage, Membership

register = template.Library()


def _directory(context):
    """The live directory page, looked up once per request."""
    request = context.get("request")
    if request is not None and hasattr(request, "_pvd_commune_directory"):
        return request._pvd_commune_directory
    directory = CommuneDirectoryPage.objects.live().order_by("path").first()
    if request is not None:
        request._pvd_commune_directory = directory
    return directory


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
        codes = [commune.pk for commune in communes]
        members = set(Membership.objects.filter(commune_id__in=codes).values_list("commune_id", flat=True))
    links = [
        {"name": commune.name, "url": directory.commune_url(commune.pk) if commune.pk in members else ""}
        for commune in communes
    ]
    return {"links": links}
