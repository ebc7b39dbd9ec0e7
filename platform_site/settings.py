"""Settings for the platform, driven by environment variables.

With no service variables set you get the *embedded default*: SQLite, the
in-memory channel layer, the database search fallback, immediate tasks and
console e-mail — enough for `make run` on a laptop.

Setting ``DATABASE_URL``, ``REDIS_URL`` and ``ELASTICSEARCH_URL`` switches on
*service mode*: PostgreSQL, the Redis channel layer, Elasticsearch and a
database task queue served by ``manage.py db_worker``.

``REQUIRE_SERVICES=true`` (production) refuses to start unless all three are
configured, instead of quietly falling back to the embedded parts.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

DEV_SECRET_KEY = "embedded-default-insecure-key-do-not-use-in-production"

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default=DEV_SECRET_KEY)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

DATABASE_URL = env.str("DATABASE_URL", default="")
REDIS_URL = env.str("REDIS_URL", default="")
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
#: Production: HTTPS hardening, hashed static files, and every service required.
PRODUCTION = env.bool("PRODUCTION", default=False)
REQUIRE_SERVICES = env.bool("REQUIRE_SERVICES", default=PRODUCTION)

if REQUIRE_SERVICES:
    missing = [
        name
        for name, value in (
            ("DATABASE_URL", DATABASE_URL),
            ("REDIS_URL", REDIS_URL),
            ("ELASTICSEARCH_URL", ELASTICSEARCH_URL),
        )
        if not value
    ]
    if missing:
        raise ImproperlyConfigured("REQUIRE_SERVICES is set but these are missing: " + ", ".join(missing))
    if SECRET_KEY == DEV_SECRET_KEY:
        raise ImproperlyConfigured("REQUIRE_SERVICES is set: provide a real SECRET_KEY.")

#: "embedded" or "services": shown by /healthz and used to pick backends.
PLATFORM_MODE = "services" if (DATABASE_URL or REDIS_URL or ELASTICSEARCH_URL) else "embedded"

INSTALLED_APPS = [
    "daphne",
    # Our apps, in the order of the dependency floors (see docs/architecture/apps-and-floors.md).
    "platform_site",
    "resultancy",
    "knowledge",
    "peergroups",
    "search",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
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
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    # Live and background work
    "channels",
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "platform_site.middleware.DutchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's AuthenticationMiddleware with the user row cached per user (peergroups/caching/user_cache.py).
    "peergroups.middleware.CachedUserAuthenticationMiddleware",
    "peergroups.middleware.PermissionContextMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Anonymous visitors' pages from the cache (platform_site/page_cache.py); inside the
    # security headers, after session, locale, CSRF and authentication.
    "platform_site.page_cache.AnonymousPageCacheMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # The Wagtail and Django admins need a second factor (peergroups/policy/second_factor.py).
    "peergroups.middleware.SecondFactorAdminGateMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "platform_site.urls"
ASGI_APPLICATION = "platform_site.asgi.application"
#: HTTP pages in production: gunicorn on wsgi.py (persistent DB connections); WebSockets on asgi.py.
WSGI_APPLICATION = "platform_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "platform_site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "platform_site.context_processors.platform",
                "peergroups.context_processors.notifications",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------
if DATABASE_URL:
    DATABASES = {"default": env.db_url_config(DATABASE_URL)}
    # 0 under ASGI: persistent connections are not reused across the async request cycle and
    # exhausted PostgreSQL's slots under load (bench/pages.py); use a pooler (PgBouncer) instead.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env.str("SQLITE_PATH", default=str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {"timeout": 20},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Live (Channels) ----------------------------------------------------------
if REDIS_URL:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL], "capacity": 1500, "expiry": 30},
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
#: Route the bench's bare consumer (/ws/bench/bare/: no auth, no database). Never in production.
LIVE_BENCH_BARE = env.bool("LIVE_BENCH_BARE", default=False)

# --- Cache ----------------------------------------------------------------------
#: Page and fragment caches (platform_site.page_cache): Redis in service mode, under its own key
#: prefix (the channel layer keeps to its own keys), process memory in the embedded default.
if REDIS_URL:
    CACHES = {
        "default": {
            # Redis errors become cache misses (platform_site/resilient_cache.py): no 500s while it is down.
            "BACKEND": "platform_site.resilient_cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default=env.str("SEARCH_INDEX_PREFIX", default="platform")),
            "TIMEOUT": 300,
        }
    }
    # Sessions read from Redis (written through to the database): one query less on every member page.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "TIMEOUT": 300}}
#: Whole pages for anonymous visitors (off: every request renders, e.g. to count its queries).
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
#: Seconds an anonymous visitor's page stays cached at most (writes invalidate it at once).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=60)

# --- Tasks (django-tasks) -----------------------------------------------------
if DATABASE_URL and not env.bool("TASKS_IMMEDIATE", default=False):
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Search -------------------------------------------------------------------
#: Our own search service (search app) reads these; empty URL = database fallback.
SEARCH_INDEX_PREFIX = env.str("SEARCH_INDEX_PREFIX", default="platform")
SEARCH_TIMEOUT = env.float("SEARCH_TIMEOUT", default=5.0)
if ELASTICSEARCH_URL:
    # Wagtail's own (admin) search on Elasticsearch 8; its analysis components come from
    # our platform-analysis plugin (or analysis-common on a stock distribution).
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # Wagtail's Elasticsearch 8 backend that creates (or repairs) its index before writing.
            "BACKEND": "search.wagtail_search",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX_PREFIX}-wagtail-",
            "TIMEOUT": 5,
            "ATOMIC_REBUILD": True,
            # The admin matches typed words against edge n-grams, by default at most 15 characters
            # long: Dutch compounds ("raadsinformatiebrief", 20) were never found. 30 covers them.
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {"filter": {"edgengram": {"max_gram": 30}}},
                    "index": {"max_ngram_diff": 29},
                }
            },
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# --- Accounts (django-allauth) ------------------------------------------------
AUTH_USER_MODEL = "peergroups.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Leerplatform] "
ACCOUNT_ADAPTER = "platform_site.accounts.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "platform_site.signup.SignupForm"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
#: Failed logins per address (ip) and per account (key, the e-mail address); the second factor
#: step counts its wrong codes against the same limit (allauth.mfa).
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
#: Seconds a fresh re-authentication counts (e.g. before revealing an anonymous author).
ACCOUNT_REAUTHENTICATION_TIMEOUT = env.int("REAUTHENTICATION_TIMEOUT", default=300)
#: Second factor (peergroups/policy/second_factor.py says who must have one): authenticator apps
#: (TOTP, the QR code drawn by ``qrcode``) with recovery codes.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Leerplatform"
#: Tolerated clock drift of authenticator apps, in 30-second steps either way.
MFA_TOTP_TOLERANCE = 1
# Organisation sign-in: each member organisation's OpenID Connect provider is a SocialApp
# linked in the platform's management pages (peergroups.OrganisationIdentityProvider); none
# is configured by default. An existing account with the same verified address is linked.
SOCIALACCOUNT_ADAPTER = "platform_site.accounts.SocialAccountAdapter"
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_PROVIDERS = {"openid_connect": {"OAUTH_PKCE_ENABLED": True}}
LOGIN_REDIRECT_URL = "peergroups:my_profile"
LOGIN_URL = "account_login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- E-mail -------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Leerplatform <noreply@leerplatform.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation -----------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Our own catalogue first, then formal-Dutch overrides of allauth's strings; each app
# keeps its own catalogue in <app>/locale (found through INSTALLED_APPS).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "platform_site" / "locale_overrides"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static and media ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
#: Front-end files from the npm registry (NL Design System CSS, htmx), copied out of
#: node_modules by scripts/vendor_assets.sh and served by the platform itself.
STATICFILES_DIRS = [BASE_DIR / "platform_site" / "static_vendor"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
MEDIA_ROOT = env.str("MEDIA_ROOT", default=str(BASE_DIR / "media"))
MEDIA_URL = "/media/"
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
#: Largest group document accepted (bytes); peergroups.spaces.content.uploads checks type and size.
MAX_UPLOAD_SIZE = env.int("MAX_UPLOAD_SIZE", default=10 * 1024 * 1024)

# --- Wagtail ------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Leerplatform Publiek Management"
# Links in e-mails point here. `make run` serves on PORT, so the default follows it.
WAGTAILADMIN_BASE_URL = env.str("BASE_URL", default="") or f"http://127.0.0.1:{env.int('PORT', default=8000)}"
WAGTAIL_I18N_ENABLED = False
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Security -----------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    # HTTPS hardening; a proxy that terminates TLS sets BEHIND_TLS_PROXY.
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
    CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env.bool("BEHIND_TLS_PROXY", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}
