"""Which machine translator the site uses, read from the environment.

One setting, `AGIR_MACHINE_TRANSLATION`, names the service that translates
residents' words on public pages (machine_translation) and, derived from it,
`WAGTAILLOCALIZE_MACHINE_TRANSLATOR`, the one editors use to pre-fill page
translations in wagtail-localize:

- `AGIR_MACHINE_TRANSLATION_BACKEND=libretranslate` with
  AGIR_MACHINE_TRANSLATION_URL (a self-hosted LibreTranslate, e.g.
  http://translate.internal:5000) and, if it asks for one,
  AGIR_MACHINE_TRANSLATION_API_KEY;
- `AGIR_MACHINE_TRANSLATION_BACKEND=deepl` with AGIR_MACHINE_TRANSLATION_API_KEY
  (a key ending in ":fx" is a DeepL API Free key and goes to the free host);
- `demo` (the default of `make run`, refused in production): the demo's few
  cached translations, no network; wagtail-localize gets its dummy translator;
- unset or empty: no machine translation anywhere.

AGIR_MACHINE_TRANSLATION_TIMEOUT (seconds, default 10) bounds each call;
AGIR_MACHINE_TRANSLATION_BY_DEFAULT=true shows translations without a click.
"""

from django.core.exceptions import ImproperlyConfigured

BACKENDS = ("libretranslate", "deepl", "demo")
DEEPL_FREE_URL = "https://api-free.deepl.com"
DEEPL_PRO_URL = "https://api.deepl.com"
TRUE = {"1", "true", "yes", "on"}


def machine_translation(env):
    """AGIR_MACHINE_TRANSLATION for this environment (None: no translator)."""
    backend = env.get("AGIR_MACHINE_TRANSLATION_BACKEND", "").strip().lower()
    if not backend:
        return None
    if backend not in BACKENDS:
        raise ImproperlyConfigured(
            f"AGIR_MACHINE_TRANSLATION_BACKEND={backend!r} is not a known machine "
            f"translator: use one of {', '.join(BACKENDS)}, or leave it empty."
        )
    url = env.get("AGIR_MACHINE_TRANSLATION_URL", "").strip().rstrip("/")
    api_key = env.get("AGIR_MACHINE_TRANSLATION_API_KEY", "").strip()
    if backend == "libretranslate" and not url:
        raise ImproperlyConfigured(
            "AGIR_MACHINE_TRANSLATION_BACKEND=libretranslate needs the address of "
            "the LibreTranslate server in AGIR_MACHINE_TRANSLATION_URL, for example "
            "http://127.0.0.1:5000."
        )
    if backend == "deepl":
        if not api_key:
            raise ImproperlyConfigured(
                "AGIR_MACHINE_TRANSLATION_BACKEND=deepl needs the DeepL "
                "authentication key in AGIR_MACHINE_TRANSLATION_API_KEY."
            )
        url = url or (DEEPL_FREE_URL if api_key.endswith(":fx") else DEEPL_PRO_URL)
    try:
        timeout = float(env.get("AGIR_MACHINE_TRANSLATION_TIMEOUT", "10"))
    except ValueError:
        raise ImproperlyConfigured(
            "AGIR_MACHINE_TRANSLATION_TIMEOUT must be a number of seconds."
        ) from None
    return {
        "backend": backend,
        "url": url,
        "api_key": api_key,
        "timeout": timeout,
        "show_by_default": env.get("AGIR_MACHINE_TRANSLATION_BY_DEFAULT", "")
        .strip()
        .lower()
        in TRUE,
    }


def wagtail_localize_translator(config):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR for the same service (None: none).

    wagtail-localize's DeepL translator picks its host from the key itself.
    """
    if not config:
        return None
    if config["backend"] == "demo":
        return {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
    if config["backend"] == "libretranslate":
        return {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": config["url"],
                "API_KEY": config["api_key"],
                "TIMEOUT": config["timeout"],
            },
        }
    return {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": config["api_key"], "TIMEOUT": config["timeout"]},
    }
