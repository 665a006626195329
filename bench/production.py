"""What the benchmarks share: the production settings' environment with
throwaway secrets, and gunicorn started on it."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {
    "DJANGO_SETTINGS_MODULE": "climate_site.settings.production",
    "DJANGO_SECRET_KEY": "bench-only-" + "x" * 40,
    "AGIR_VOTER_KEY_SECRET": "bench-only-voter-key",
    "DEFAULT_FROM_EMAIL": "Bench <bench@example.org>",
    "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "SECURE_SSL_REDIRECT": "0",
    "SECURE_HSTS_SECONDS": "0",
    "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"),
}


def start_gunicorn(port, workers, **env):
    """gunicorn serving the site with the production settings on `port`."""
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "climate_site.wsgi",
            "-w",
            str(workers),
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, **ENV, **env},
    )
