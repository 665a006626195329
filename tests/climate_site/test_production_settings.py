"""Production settings, checked in a fresh interpreter as a server would load them."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

BASE_DIR = settings.BASE_DIR


# What every production needs besides the secrets; a test leaves one out by
# passing it as None.
SENDER_AND_HOST = {
    "DEFAULT_FROM_EMAIL": "Ville d'Ivry <climat@ivry.example>",
    "WAGTAILADMIN_BASE_URL": "https://agir.example.org",
}


def run(args, **env):
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AGIR_"))
    }
    for name in ("ALLOWED_HOSTS", "REDIS_URL", *SENDER_AND_HOST):
        clean.pop(name, None)
    env = {**SENDER_AND_HOST, **env}
    return subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "climate_site.settings.production",
            **{name: value for name, value in env.items() if value is not None},
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run(["-c", "import django; django.setup()"])
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_production_refuses_to_start_without_a_voter_key_secret():
    result = run(
        ["-c", "import django; django.setup()"],
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "AGIR_VOTER_KEY_SECRET is not set" in result.stderr


def test_production_refuses_a_voter_key_secret_equal_to_the_secret_key():
    shared = secrets.token_urlsafe(64)
    result = run(
        ["-c", "import django; django.setup()"],
        DJANGO_SECRET_KEY=shared,
        AGIR_VOTER_KEY_SECRET=shared,
    )
    assert result.returncode != 0
    assert "AGIR_VOTER_KEY_SECRET equals DJANGO_SECRET_KEY" in result.stderr


def test_production_reads_older_voter_key_secrets_as_fallbacks():
    result = run(
        [
            "-c",
            "import django; django.setup(); from django.conf import settings;"
            " print(settings.VOTER_KEY_SECRET_FALLBACKS)",
        ],
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        AGIR_VOTER_KEY_SECRET="current-voter-secret",
        AGIR_VOTER_KEY_SECRET_FALLBACKS="older-one, oldest-one",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert "['older-one', 'oldest-one']" in result.stdout


def test_the_wsgi_entry_point_defaults_to_production_settings():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    result = subprocess.run(
        [sys.executable, "-c", "import climate_site.wsgi"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_deploy_check_passes_with_production_settings(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        AGIR_VOTER_KEY_SECRET=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="agir.example.org",
        CSRF_TRUSTED_ORIGINS="https://agir.example.org",
        WAGTAILADMIN_BASE_URL="https://agir.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'check.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_shared_cache():
    result = run(
        ["-c", "import django; django.setup()"],
        DJANGO_SECRET_KEY="x" * 50,
        AGIR_VOTER_KEY_SECRET="y" * 50,
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "REDIS_URL is not set" in result.stderr
    assert "AGIR_ALLOW_PER_PROCESS_LIMITS=true" in result.stderr


def test_per_process_limits_are_an_explicit_and_loud_choice():
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'])"
    )
    result = run(
        ["-c", script],
        DJANGO_SECRET_KEY="x" * 50,
        AGIR_VOTER_KEY_SECRET="y" * 50,
        AGIR_ALLOW_PER_PROCESS_LIMITS="true",
    )
    assert result.returncode == 0, result.stderr
    assert "LocMemCache" in result.stdout
    assert "counted per process" in result.stderr


def test_a_shared_cache_holds_limits_and_sessions():
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE, "
        "settings.AGIR_TRUSTED_PROXY_COUNT, settings.ALLAUTH_TRUSTED_PROXY_COUNT)"
    )
    result = run(
        ["-c", script],
        DJANGO_SECRET_KEY="x" * 50,
        AGIR_VOTER_KEY_SECRET="y" * 50,
        REDIS_URL="redis://127.0.0.1:6379/0",
        AGIR_TRUSTED_PROXY_COUNT="1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "django.contrib.sessions.backends.cached_db",
        "1",
        "1",
    ]
    assert "per process" not in result.stderr


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("DEFAULT_FROM_EMAIL", "DEFAULT_FROM_EMAIL is not set"),
        ("WAGTAILADMIN_BASE_URL", "WAGTAILADMIN_BASE_URL is not set"),
    ],
)
def test_production_refuses_to_start_without_a_sender_or_a_public_address(
    missing, message
):
    result = run(
        ["-c", "import django; django.setup()"],
        DJANGO_SECRET_KEY="x" * 50,
        AGIR_VOTER_KEY_SECRET="y" * 50,
        REDIS_URL="redis://127.0.0.1:6379/0",
        **{missing: None},
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_production_sends_from_the_configured_sender():
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DEFAULT_FROM_EMAIL, '|', settings.SERVER_EMAIL)"
    )
    result = run(
        ["-c", script],
        DJANGO_SECRET_KEY="x" * 50,
        AGIR_VOTER_KEY_SECRET="y" * 50,
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Ville d'Ivry <climat@ivry.example> | Ville d'Ivry <climat@ivry.example>"
    )


def settings_of(code, **env):
    return run(
        [
            "-c",
            f"import django; django.setup(); from django.conf import settings; {code}",
        ],
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        AGIR_VOTER_KEY_SECRET="voter-secret",
        REDIS_URL="redis://127.0.0.1:6379/0",
        **env,
    )


def test_a_bucket_in_the_environment_puts_uploads_on_s3_and_documents_behind_the_site():
    result = settings_of(
        "print(settings.STORAGES['default']['BACKEND'],"
        " settings.WAGTAILDOCS_SERVE_METHOD)",
        AGIR_S3_BUCKET="ivry-media",
        AGIR_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["storages.backends.s3.S3Storage", "serve_view"]


def test_a_cdn_named_in_the_environment_is_purged_on_publish():
    result = settings_of(
        "print(settings.WAGTAILFRONTENDCACHE['default']['BACKEND'],"
        " 'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS)",
        AGIR_CDN="http",
        AGIR_CDN_LOCATION="http://varnish.internal:8000",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "True",
    ]


def test_an_unknown_cdn_stops_the_start_with_a_clear_message():
    result = settings_of("", AGIR_CDN="akamia")
    assert result.returncode != 0
    assert "AGIR_CDN='akamia' is not known" in result.stderr
