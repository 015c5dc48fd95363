"""The official reference of communes (INSEE codes, departments, regions, EPCI), the communes that are
members of the programme, and the directory page that lists them."""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .normalise import search_key

INSEE_CODE_PATTERN = r"[0-9][0-9AB][0-9]{3}"


class Zone(models.TextChoices):
    METROPOLITAN = "metro", _("Metropolitan France")
    OVERSEAS = "drom", _("Overseas departments")


class Region(models.Model):
    code = models.CharField(_("INSEE code"), max_length=3, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    zone = models.CharField(_("zone"), max_length=5, choices=Zone.choices, default=Zone.METROPOLITAN)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Department(models.Model):
    code = models.CharField(_("INSEE code"), max_length=3, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="departments"
    )

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code})"


class Epci(models.Model):
    """An établissement public de coopération intercommunale à fiscalité propre."""

    siren = models.CharField(_("SIREN number"), max_length=9, primary_key=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, blank=True, help_text=_("CC, CA, CU, METRO…"))

    class Meta:
        verbose_name = _("intermunicipality")
        verbose_name_plural = _("intermunicipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Commune(models.Model):
    """A commune of the official reference (about 35,000), member of the programme or not."""

    code = models.CharField(_("INSEE code"), max_length=5, primary_key=True)
    name = models.CharField(_("name"), max_length=150)
    search_key = models.CharField(
        _("search key"), max_length=150, db_index=True, editable=False,
        help_text=_("The name without case, accents, ligatures, spaces, hyphens nor apostrophes."),
    )
    department = models.ForeignKey(
        Department, verbose_name=_("department"), on_delete=models.PROTECT, related_name="communes"
    )
    epci = models.ForeignKey(
        Epci, verbose_name=_("intermunicipality"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="communes",
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    postcodes = models.CharField(_("postcodes"), max_length=200, blank=True)
    current = models.BooleanField(
        _("in the current reference"), default=True,
        help_text=_("False once the commune has left the official reference (merged into another)."),
    )

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["search_key", "code"]

    def __str__(self):
        return f"{self.name} ({self.department_id})"

    def save(self, *args, **kwargs):
        self.search_key = search_key(self.name)
        super().save(*args, **kwargs)

    @property
    def postcode_list(self) -> list[str]:
        return self.postcodes.split()


class FormerCommune(models.Model):
    """A commune merged since into a current one: its old INSEE code leads to the new commune."""

    code = models.CharField(_("former INSEE code"), max_length=5, primary_key=True)
    name = models.CharField(_("former name"), max_length=150, blank=True)
    commune = models.ForeignKey(
        Commune, verbose_name=_("now part of"), on_delete=models.CASCADE, related_name="former_communes"
    )

    class Meta:
        verbose_name = _("former commune")
        verbose_name_plural = _("former communes")
        ordering = ["code"]

    def __str__(self):
        return f"{self.name or self.code} → {self.commune}"


class Membership(models.Model):
    """A commune that is a member of Petites villes de demain: the Club's own data."""

    commune = models.OneToOneField(
        Commune, verbose_name=_("commune"), on_delete=models.CASCADE, related_name="membership"
    )
    joined_on = models.DateField(_("date of joining"), null=True, blank=True)
    lead_name = models.CharField(_("project lead"), max_length=200, blank=True)
    lead_contact = models.CharField(
        _("project lead's contact"), max_length=254, blank=True,
        help_text=_("An e-mail address or a phone number."),
    )
    lead_public = models.BooleanField(
        _("show the project lead on the site"), default=False,
        help_text=_("Unticked: the name and contact stay in the admin only."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("commune"),
        FieldPanel("joined_on"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("lead_name"), FieldPanel("lead_contact")]), FieldPanel("lead_public")],
            heading=_("Project lead"),
        ),
    ]

    class Meta:
        verbose_name = _("member commune")
        verbose_name_plural = _("member communes")
        ordering = ["commune__search_key"]

    def __str__(self):
        return str(self.commune)

    @property
    def public_lead(self) -> dict | None:
        """The project lead's name and contact, only if the editor chose to show them."""
        if not self.lead_public or not (self.lead_name or self.lead_contact):
            return None
        contact = self.lead_contact
        return {"name": self.lead_name, "contact": contact, "is_email": "@" in contact}

    @property
    def joined_display(self) -> str:
        return date_format(self.joined_on, "j F Y") if self.joined_on else ""


class CommuneDirectoryPage(RoutablePageMixin, Page):
    """The directory of member communes, their map, and one page per commune at its INSEE code."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"],
        help_text=_("A few words above the directory, e.g. how communes join the programme."),
    )
    map_intro = RichTextField(
        _("introduction of the map"), blank=True, features=["bold", "italic", "link"],
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("map_intro")]
    # The names of the member communes: searching the site for a commune finds the directory.
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("map_intro"),
        index.SearchField("member_names"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("commune directory")
        verbose_name_plural = _("commune directories")

    @path("", name="directory")
    def directory(self, request):
        from .views import directory_context  # views import this module: a real cycle

        return self.render(request, context_overrides=directory_context(self, request))

    @path("carte/", name="map")
    def map_view(self, request):
        from .views import map_context  # views import this module: a real cycle

        return self.render(request, context_overrides=map_context(self, request),
                           template="communes/map_page.html")

    @re_path(rf"^(?P<code>{INSEE_CODE_PATTERN})/$", name="commune")
    def commune(self, request, code):
        from .views import commune_response  # views import this module: a real cycle

        return commune_response(self, request, code)

    def member_names(self) -> str:
        return " ".join(Commune.objects.filter(membership__isnull=False).values_list("name", flat=True))

    def map_url(self) -> str:
        return self.url + self.reverse_subpage("map")

    def commune_url(self, code: str) -> str:
        return self.url + self.reverse_subpage("commune", kwargs={"code": code})

    def get_sitemap_urls(self, request=None):
        """The directory, its map and the page of each member commune."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        map_path = self.reverse_subpage("map")
        urls.append({"location": base + map_path, "lastmod": self.last_published_at})
        members = Membership.objects.order_by("commune_id").values_list("commune_id", "updated_at")
        for code, updated_at in members:
            commune_path = self.reverse_subpage("commune", kwargs={"code": code})
            urls.append({"location": base + commune_path, "lastmod": updated_at})
        return urls
