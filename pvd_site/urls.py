from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.images.views.serve import ServeView

from core.health import healthz
from core.media import serve_media
from core.seo import robots_txt
from core.sitemap import sitemap
from lettre.feeds import LettreAtomFeed, LettreRssFeed

urlpatterns = [
    # The page chooser opens in the edited page's language (core.page_chooser), then Wagtail's admin.
    path("admin/", include("core.page_chooser")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "images/<str:signature>/<int:image_id>/<str:filter_spec>/",
        ServeView.as_view(),
        name="wagtailimages_serve",
    ),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("healthz", healthz, name="healthz"),
]

if settings.ANYMAIL.get("WEBHOOK_SECRET"):
    # The e-mail provider's tracking webhooks (bounces, complaints), behind their basic-auth secret.
    urlpatterns.append(path("anymail/", include("anymail.urls")))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif settings.SERVE_MEDIA and settings.MEDIA_URL.startswith("/"):
    urlpatterns.append(re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.+)$", serve_media))

# In the language of the address: /lettres/rss.xml in French, /en/lettres/rss.xml in English.
urlpatterns += i18n_patterns(
    path("lettres/rss.xml", LettreRssFeed.as_view(), name="lettre_rss"),
    path("lettres/atom.xml", LettreAtomFeed.as_view(), name="lettre_atom"),
    path("recherche/", include("search.urls")),
    path("abonnement/", include("abonnes.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
