"""Settings shared by every environment. Anything that differs between machines comes from the
environment (django-environ; every variable is listed, grouped and explained, in .env.example)."""

from datetime import timedelta
from email.utils import getaddresses
from urllib.parse import urlsplit

from pvd_site.environment import BASE_DIR, env

SECRET_KEY = env.str("SECRET_KEY", default="")
DEBUG = False
# True only in pvd_site.settings.production (a system check warns there when the database is SQLite).
PRODUCTION = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "core",
    "communes",
    "home",
    "lettre",
    "abonnes",
    "ressources",
    "agenda",
    "search",
    "demo",
    "bench",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "dsfr",
    "anymail",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the sessions, the language, CSRF, CSP...: a hit skips them and replays the headers they
    # added when the page was stored (docs/performance.md).
    "core.cache.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.csp.ContentSecurityPolicyMiddleware",
    "core.ratelimit.RateLimitMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pvd_site.urls"
WSGI_APPLICATION = "pvd_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Database: SQLite file by default, PostgreSQL in production (DATABASE_URL).
DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=0)
# A connection dropped by a database restart is replaced before use instead of failing a request.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The task worker and the clock write beside the web process (and Wagtail's autosave): each
    # transaction takes the write lock at its start and waits for it instead of failing with
    # "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE", timeout=env.int("SQLITE_TIMEOUT", default=20)
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every web process and machine), memory otherwise.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="pvd"),
            "TIMEOUT": env.int("CACHE_TIMEOUT", default=300),
        }
    }
else:
    # Room for the renditions Wagtail keeps there besides the pages (300 entries by default: culled
    # at once by an issue of 50 images, with the values every page reads, core.cache.memo).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# Page cache for readers without a session (core/cache, docs/performance.md). With several web
# processes it needs the shared cache (REDIS_URL): a purge must reach every process.
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
PAGE_CACHE_TIMEOUT = env.int("PAGE_CACHE_TIMEOUT", default=24 * 3600)
# Pages that show events: until the next start or end of one of them, and this long at most.
PAGE_CACHE_TIME_DEPENDENT_TIMEOUT = env.int("PAGE_CACHE_TIME_DEPENDENT_TIMEOUT", default=15 * 60)
# A process serves its own copy of a page without asking the shared cache for this long after it
# last did: another process's purge shows within this delay (seconds, 0: ask every time).
PAGE_CACHE_CHECK_INTERVAL = env.float("PAGE_CACHE_CHECK_INTERVAL", default=1.0)
# The query parameters pages read; an address with another one is served uncached.
PAGE_CACHE_QUERY_PARAMS = ["page", "q", "theme", "type", "partner", "year", "index", "department", "region"]
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/documents/", "/healthz", "/media/", "/static/", "/sitemap.xml"]
# A change to one of these purges every cached page (they show on every page, or on many).
PAGE_CACHE_SITE_WIDE_MODELS = [
    "core.SiteSettings",
    "core.SiteTexts",
    "ressources.Theme",
    "wagtailimages.Image",
    "wagtaildocs.Document",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "communes.Membership",
]
# A CDN or cache proxy in front (optional): purged with the page cache, by Wagtail's frontend_cache
# (an HTTP PURGE to this address: Varnish, nginx proxy_cache_purge...).
FRONTEND_CACHE_PURGE_URL = env.str("FRONTEND_CACHE_PURGE_URL", default="")
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
# Sessions in the database, read through the cache: every web process sees them, Redis or not.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background tasks (django-tasks): `manage.py db_worker` runs them. Wagtail itself queues search
# indexing, the reference index and image focal points there.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# The clock puts back in the queue a task left RUNNING by a worker killed this many minutes ago.
TASKS_REQUEUE_AFTER_MINUTES = env.int("TASKS_REQUEUE_AFTER_MINUTES", default=60)
# /healthz turns red when a task has waited this long for a worker.
TASKS_MAX_WAIT_MINUTES = env.int("TASKS_MAX_WAIT_MINUTES", default=5)

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Client address: behind N trusted proxies (the PaaS router, a load balancer), REMOTE_ADDR is the last
# proxy and the visitor is the N-th address from the right of X-Forwarded-For.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Login throttling (django-axes): locks an (IP address, username) pair, never a username alone, so a
# stranger cannot lock the team out.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_LOCKOUT_TEMPLATE = "429.html"
AXES_VERBOSE = False
# Rate limits (django-ratelimit, on the shared cache) of the forms that check a secret.
RATELIMIT_RATES = {
    "password_reset": env.str("RATELIMIT_PASSWORD_RESET", default="5/h"),
    "page_password": env.str("RATELIMIT_PAGE_PASSWORD", default="10/m"),
    "subscribe": env.str("RATELIMIT_SUBSCRIBE", default="10/h"),
}

# Internationalisation: French first, English through wagtail-localize.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# wagtail-localize: no WAGTAILLOCALIZE_MACHINE_TRANSLATOR, so no machine translation (nothing leaves
# the server); PO download/upload for outside translators is built into its translation editor.
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

# Static files: collected at build time, served by WhiteNoise (hashed names, far-future cache headers,
# gzip and brotli). The DSFR files keep their bytes so that their integrity hashes stay true.
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static_collected")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Without a bucket, production serves MEDIA_ROOT itself only when told to (single-machine installs).
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)

# Media on S3 (django-storages) when a bucket is configured, local files otherwise. Private objects,
# signed URLs that expire; documents only through Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD).
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
MEDIA_ORIGINS: list[str] = []
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="") or None
    AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default="") or None
    AWS_S3_ADDRESSING_STYLE = env.str("AWS_S3_ADDRESSING_STYLE", default="") or None
    AWS_S3_SIGNATURE_VERSION = "s3v4"
    AWS_DEFAULT_ACL = env.str("AWS_DEFAULT_ACL", default="private") or None
    AWS_QUERYSTRING_AUTH = True
    AWS_QUERYSTRING_EXPIRE = env.int("AWS_QUERYSTRING_EXPIRE", default=3600)
    AWS_S3_FILE_OVERWRITE = False
    STORAGES_DEFAULT = {"BACKEND": "storages.backends.s3.S3Storage"}
    if AWS_S3_ENDPOINT_URL:
        endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        MEDIA_ORIGINS = [
            f"{endpoint.scheme}://{endpoint.netloc}",
            f"{endpoint.scheme}://{AWS_STORAGE_BUCKET_NAME}.{endpoint.netloc}",
        ]
    else:
        MEDIA_ORIGINS = [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"]
        if AWS_S3_REGION_NAME:
            MEDIA_ORIGINS.append(f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME}.amazonaws.com")
else:
    STORAGES_DEFAULT = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": STORAGES_DEFAULT,
    "staticfiles": {"BACKEND": "core.staticfiles.StaticFilesStorage"},
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Uploads: what a 2 GB web worker can resize, and a ceiling for documents.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env.int("WAGTAILIMAGES_MAX_IMAGE_PIXELS", default=40_000_000)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("WAGTAILIMAGES_MAX_UPLOAD_SIZE", default=10 * 1024 * 1024)
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("WAGTAILDOCS_MAX_UPLOAD_SIZE", default=20 * 1024 * 1024)

# E-mail: everything from the environment.
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = env.bool("EMAIL_USE_SSL", default=False)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=20)
# The newsletter's sender, for the newsletter only.
NEWSLETTER_FROM_EMAIL = env.str("NEWSLETTER_FROM_EMAIL", default="petitesvillesdedemain@anct.gouv.fr")
NEWSLETTER_FROM_NAME = env.str("NEWSLETTER_FROM_NAME", default="Club des Petites villes de demain")
NEWSLETTER_REPLY_TO = env.str("NEWSLETTER_REPLY_TO", default="petitesvillesdedemain@anct.gouv.fr")
# Sending an issue to the subscribers: messages per batch task (one SMTP connection each), messages per
# second per worker (0: as fast as the server takes them), consecutive refusals that stop the send, and
# after how long a message left “sending” by a stopped worker becomes “uncertain” (never resent alone).
NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=200)
NEWSLETTER_SEND_RATE = env.float("NEWSLETTER_SEND_RATE", default=0)
NEWSLETTER_MAX_CONSECUTIVE_FAILURES = env.int("NEWSLETTER_MAX_CONSECUTIVE_FAILURES", default=20)
# Chains of batches that send one issue side by side (one per worker process that should take part).
NEWSLETTER_PARALLEL_SENDS = env.int("NEWSLETTER_PARALLEL_SENDS", default=1)
NEWSLETTER_SENDING_STALE_SECONDS = env.int("NEWSLETTER_SENDING_STALE_SECONDS", default=300)
# The domain of the List-Id header (the sending domain).
NEWSLETTER_LIST_DOMAIN = env.str("NEWSLETTER_LIST_DOMAIN", default="anct.gouv.fr")
# An e-mail provider through django-anymail (EMAIL_BACKEND=anymail.backends.brevo.EmailBackend or
# anymail.backends.mailjet.EmailBackend), and its tracking webhooks at /anymail/<provider>/tracking/,
# protected by basic auth ("user:password"; the webhooks are not served without it).
ANYMAIL = {
    "WEBHOOK_SECRET": env.str("ANYMAIL_WEBHOOK_SECRET", default="") or None,
    "BREVO_API_KEY": env.str("BREVO_API_KEY", default=""),
    "MAILJET_API_KEY": env.str("MAILJET_API_KEY", default=""),
    "MAILJET_SECRET_KEY": env.str("MAILJET_SECRET_KEY", default=""),
}
# “Send a test”: messages per editor and hour, and the domains it may always go to (besides the admin's
# accounts and the confirmed subscribers).
TEST_SEND_MAX_PER_HOUR = env.int("TEST_SEND_MAX_PER_HOUR", default=30)
TEST_SEND_ALLOWED_DOMAINS = env.list("TEST_SEND_ALLOWED_DOMAINS", default=["anct.gouv.fr"])
# Subscribers: how long a confirmation link works, and the links of the management and unsubscribe
# pages (a year: an old issue's unsubscribe link must still work).
SUBSCRIBERS_CONFIRM_MAX_AGE = env.int("SUBSCRIBERS_CONFIRM_MAX_AGE", default=3 * 24 * 3600)
SUBSCRIBERS_LINK_MAX_AGE = env.int("SUBSCRIBERS_LINK_MAX_AGE", default=400 * 24 * 3600)
# Addresses never confirmed are erased after this many days (the clock's job).
SUBSCRIBERS_PURGE_UNCONFIRMED_DAYS = env.int("SUBSCRIBERS_PURGE_UNCONFIRMED_DAYS", default=30)
# System mail (password reset, workflow notifications, error reports) never uses the newsletter's address.
SYSTEM_FROM_EMAIL = env.str("SYSTEM_FROM_EMAIL", default="Site PVD <ne-pas-repondre@localhost>")
DEFAULT_FROM_EMAIL = SYSTEM_FROM_EMAIL
SERVER_EMAIL = SYSTEM_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = SYSTEM_FROM_EMAIL
# Who receives error reports: "Name <address>, other@example.org".
ADMINS = getaddresses([env.str("ADMINS", default="")])
ADMINS = [(name, address) for name, address in ADMINS if address]

# Wagtail
WAGTAIL_SITE_NAME = "Club des Petites villes de demain"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = [
    "csv", "docx", "key", "odp", "ods", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip",
]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "webp": "webp", "avif": "avif"}
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend (admin search; the site's search on SQLite). On PostgreSQL French
        # stemming with accents ignored, and autocompletion (choosers) without accents either
        # (configurations created by search/migrations/0001; see core/search_backend.py).
        "BACKEND": "core.search_backend",
        "SEARCH_CONFIG": "french_unaccent",
        "AUTOCOMPLETE_CONFIG": "simple_unaccent",
        "AUTO_UPDATE": True,
    }
}
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No request to a third party from the admin (avatars).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

DSFR_USE_INTEGRITY_CHECKSUMS = True

# Content-Security-Policy (django-csp): public pages have no inline script and no nonce, so they stay
# cacheable; the admin gets its own policy (core.csp). Media may come from the bucket's origin.
_MEDIA_SOURCES = [*MEDIA_ORIGINS, *env.list("CSP_EXTRA_MEDIA_SOURCES", default=[])]
_EMBED_SOURCES = [
    "https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com",
    "https://www.dailymotion.com", "https://geo.dailymotion.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_MEDIA_SOURCES],
        "media-src": ["'self'", *_MEDIA_SOURCES],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *_EMBED_SOURCES],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# Wagtail 8's admin still writes inline scripts (the date and image choosers of its forms initialise
# themselves in <script> tags, without a nonce) and style attributes, and builds previews, crops and
# uploads with blob: and data: URLs. Only signed-in editors reach it.
CSP_ADMIN_DIRECTIVES = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *_MEDIA_SOURCES],
    "media-src": ["'self'", "blob:", *_MEDIA_SOURCES],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=()"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # One line per background task or page save drowns what matters.
        "django_tasks": {"level": env.str("TASKS_LOG_LEVEL", default="WARNING")},
        "wagtail": {"level": env.str("WAGTAIL_LOG_LEVEL", default="WARNING")},
    },
}
