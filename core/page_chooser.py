"""Where the page chooser opens: in the tree of the page being edited, not at the root of both languages.

Wagtail opens a chooser that has no page chosen yet at the closest common parent of the pages it
accepts; with a French and an English tree that parent is the root, which lists both home pages. This
view starts in one language instead: the ``locale`` of the page being edited (Wagtail's chooser sends
it, from the admin's ACTIVE_CONTENT_LOCALE), else the admin's language. A partner chooser then opens
on the French partners, a link chooser on the French home page. The locale selector and the
breadcrumbs (« Racine ») still lead to the other language. It answers Wagtail's own address of the
chooser (pvd_site/urls.py places it before the admin's URLs); every other step is Wagtail's.
"""

from django.conf import settings
from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.chooser import BrowseView
from wagtail.coreutils import resolve_model_string
from wagtail.models import Locale, Page, Site


class LocalisedBrowseView(BrowseView):
    def get(self, request, parent_page_id=None):
        if parent_page_id is None and getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            start = starting_page(request.GET.get("page_type", ""), requested_locale(request))
            if start is not None:
                parent_page_id = start.pk
        return super().get(request, parent_page_id)


def requested_locale(request) -> Locale:
    code = request.GET.get("locale")
    if code:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            raise Http404(code)
        return locale
    return Locale.get_active()


def starting_page(page_type: str, locale: Locale) -> Page | None:
    """The common parent of the accepted pages in ``locale``, or that language's home page; None when
    the language has neither (Wagtail then decides)."""
    models = chosen_models(page_type)
    if models:
        in_locale = Page.objects.type(*models).filter(locale=locale)
        if in_locale.exists():
            return in_locale.first_common_ancestor()
    return home_in(locale)


def chosen_models(page_type: str) -> list[type[Page]]:
    """The page classes of the chooser's ``page_type`` parameter; [] for any page."""
    try:
        models = [resolve_model_string(name) for name in page_type.split(",") if name]
    except (LookupError, ValueError) as error:
        raise Http404(page_type) from error
    return [model for model in models if model is not Page]


def home_in(locale: Locale) -> Page | None:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return None
    return site.root_page.get_translation_or_none(locale)


# Included before Wagtail's admin URLs, with the decorators Wagtail gives its own views.
urlpatterns = [
    path(
        "choose-page/",
        never_cache(require_admin_access(LocalisedBrowseView.as_view())),
        name="wagtailadmin_choose_page",
    ),
]
