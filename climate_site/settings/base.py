"""Settings shared by every environment; each value that varies comes from the
environment (see README, "Production")."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .translator import machine_translation, wagtail_localize_translator

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "home",
    "climate_plan",
    "participation",
    "search",
    "page_cache",
    "machine_translation",
    "legal",
    "plan_reports",
    "pledges",
    "notifications",
    "open_data",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.users_app.AccountsUsersConfig",  # wagtail.users with our user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The open data under /api/ is read anonymously, in the language asked for,
    # and rate limited, cached answers included.
    "open_data.middleware.OpenDataMiddleware",
    "page_cache.middleware.AnonymousPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "climate_site.csp.SiteCSPMiddleware",
    "climate_site.errors.ErrorPagesMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.AccountSessionMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "climate_site.middleware.PrivateCacheForSignedInMiddleware",
]

ROOT_URLCONF = "climate_site.urls"

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
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
            # Dates and numbers as each language writes them, in every template.
            "builtins": ["home.templatetags.typography"],
        },
    },
]

WSGI_APPLICATION = "climate_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'agir.sqlite3'}", conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "accounts.backends.ModelBackend",
    "accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "accounts.validators.RoleAwareMinimumLengthValidator",
        "OPTIONS": {"resident_min_length": 10, "staff_min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# Languages. French is the default and is served without a prefix; adding a
# locale is a matter of adding it here (and a catalogue under locale/).
LANGUAGE_CODE = "fr"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("es", "Español"),
]
WAGTAIL_I18N_ENABLED = True
# A page sent for translation is a draft until a translator publishes it
# (home/wagtail_localize_compat.py does the same for its untranslated parents).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
# Where French, English and Spanish write numbers and dates differently from
# Django's defaults (thousands separators, the English day before the month).
FORMAT_MODULE_PATH = ["climate_site.formats"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Agir <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "agir",
    }
}

# Background work (emails, imports, search-index updates, publish_scheduled on
# a timer) is queued in the database and run by one worker process,
# `manage.py run_worker` (README, "Production"; `make run` starts it).
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
    }
}

# Wagtail
WAGTAIL_SITE_NAME = "Agir"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminLoginForm"
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "french_unaccent",
    }
}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "docx", "xlsx", "csv", "txt"]
# Wagtail's responsive wrapper sets an inline style, which the CSP forbids; the
# site's stylesheet gives embedded frames their 16:9 shape instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# django-allauth: residents sign in by email; a verified address is required
# before any contribution.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Agir] "
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_RATE_LIMITS = {
    "login_failed": "5/5m/ip,5/5m/key",
    "reset_password": "5/h/ip,3/h/key",
    "signup": "10/h/ip",
}

# A stale or missing form token: the site's page, which keeps the text.
CSRF_FAILURE_VIEW = "climate_site.errors.csrf_failure"

# What a request may carry besides uploaded files, checked as it is read (by
# the CSRF check, before any view): beyond these Django answers 400
# (templates/400.html). The largest legitimate forms are the admin's page
# editor, where each StreamField block posts a handful of fields and Django's
# default of 1000 is known to be short for long pages, hence 5000; a ballot
# posts about ten. Uploaded files (images, documents, proposal imports) do not
# count towards the size, which stays at Django's 2.5 MB.
DATA_UPLOAD_MAX_NUMBER_FIELDS = int(
    os.environ.get("DATA_UPLOAD_MAX_NUMBER_FIELDS", "5000")
)
DATA_UPLOAD_MAX_MEMORY_SIZE = int(
    os.environ.get("DATA_UPLOAD_MAX_MEMORY_SIZE", str(5 * 1024 * 1024 // 2))
)

# The client's address: the Nth entry from the right of X-Forwarded-For when N
# reverse proxies of ours stand in front of the site, REMOTE_ADDR with 0
# (climate_site.client). allauth's rate limits read the same address.
# Anonymous pages are kept whole in the default cache (page_cache), at most
# this long; any write of public content empties it at once.
# The city's postcodes: an anonymous pledge from a neighbourhood gives one of them.
AGIR_CITY_POSTCODES = env_list("AGIR_CITY_POSTCODES", "94200")
AGIR_PAGE_CACHE = env_bool("AGIR_PAGE_CACHE", default=True)
AGIR_PAGE_CACHE_SECONDS = int(os.environ.get("AGIR_PAGE_CACHE_SECONDS", "300"))
AGIR_CDN_SECONDS = int(os.environ.get("AGIR_CDN_SECONDS", "0"))
# Requests per minute and per client to the open data under /api/ (429 beyond).
AGIR_API_RATE_LIMIT = int(os.environ.get("AGIR_API_RATE_LIMIT", "120"))
# The largest proposal import file accepted, in bytes (5 MB: ~20,000 rows).
AGIR_IMPORT_MAX_BYTES = int(os.environ.get("AGIR_IMPORT_MAX_BYTES", 5 * 1024 * 1024))
AGIR_TRUSTED_PROXY_COUNT = int(os.environ.get("AGIR_TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = AGIR_TRUSTED_PROXY_COUNT

# Machine translation of residents' words (machine_translation) and of pages
# in wagtail-localize's editor: one service, from the environment
# (climate_site/settings/translator.py); none by default.
AGIR_MACHINE_TRANSLATION = machine_translation(os.environ)
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = wagtail_localize_translator(
    AGIR_MACHINE_TRANSLATION
)

# Sessions: residents stay signed in for two weeks; staff sessions end
# AGIR_STAFF_SESSION_SECONDS after sign-in (accounts.middleware).
SESSION_COOKIE_AGE = 14 * 24 * 60 * 60
AGIR_STAFF_SESSION_SECONDS = int(
    os.environ.get("AGIR_STAFF_SESSION_SECONDS", 4 * 60 * 60)
)

# The secret that keys voter hashes; kept apart from SECRET_KEY so rotating
# the latter does not let anyone vote twice. When it is rotated, the older
# secrets go in AGIR_VOTER_KEY_SECRET_FALLBACKS (comma-separated, like
# SECRET_KEY_FALLBACKS): mailboxes and codes are still recognised under them.
VOTER_KEY_SECRET = os.environ.get("AGIR_VOTER_KEY_SECRET", "")
VOTER_KEY_SECRET_FALLBACKS = env_list("AGIR_VOTER_KEY_SECRET_FALLBACKS")

# Comments and proposals reported by this many different people are hidden
# until a moderator decides.
AGIR_REPORT_THRESHOLD = int(os.environ.get("AGIR_REPORT_THRESHOLD", "3"))
# Only reports of accounts this old, with a verified email, count toward that
# threshold; the others still reach the moderators' queue.
AGIR_REPORTER_MIN_AGE_HOURS = int(os.environ.get("AGIR_REPORTER_MIN_AGE_HOURS", "24"))

# Content-Security-Policy (django-csp, climate_site.csp): the site's pages load
# scripts, styles, images and fonts from the site only, never inline, and are
# framed by no one. Embedded media (the page body's "Embed" block) play in
# frames from the providers listed in AGIR_CSP_FRAME_SRC.
AGIR_CSP_FRAME_SRC = env_list(
    "AGIR_CSP_FRAME_SRC",
    "https://www.youtube.com,https://www.youtube-nocookie.com,"
    "https://player.vimeo.com,https://www.dailymotion.com,https://geo.dailymotion.com",
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *AGIR_CSP_FRAME_SRC],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (for staff only, behind sign-in) still writes inline
# scripts and styles (its date pickers, editor and widgets), shows uploads
# before they are sent (blob:) and frames its own page previews: it gets these
# allowances, under /admin/ only. Everything else stays as strict.
AGIR_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-ancestors": [SELF],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# What residents can take part in now (home.open_now): each app's openings,
# in the order the home page shows them.
AGIR_OPEN_NOW = [
    "participation.votes.openings.open_now",
    "participation.proposals.openings.open_now",
    "participation.events.openings.open_now",
]

# The demo content (`manage.py load_demo`): each app's builder, in order.
AGIR_DEMO_BUILDERS = [
    "home.demo.site.build",
    "legal.demo.build",
    "climate_plan.demo.plan.build",
    "climate_plan.demo.following.build",
    "climate_plan.demo.exhibition.build",
    "climate_plan.demo.conferences.build",
    "plan_reports.demo.build",
    "participation.events.demo.build",
    "accounts.demo.build",
    # after the events' neighbourhoods and the demo accounts
    "pledges.demo.build",
    # after the plan: it uses the themes, objectives, neighbourhoods and events
    "participation.proposals.demo.build",
    "participation.summaries.demo.build",
    "participation.grouping.demo.build",
    # Comments go last: they discuss whatever the builders above created.
    "participation.comments.demo.build",
    "participation.votes.demo.build",
    # After the texts it translates (comments, answers, updates).
    "machine_translation.demo.build",
    # Follows last: they follow what the builders above created.
    "notifications.demo.build",
]
