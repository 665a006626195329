"""Local development and the demo (`make run`): SQLite, debug, console email."""

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"  # noqa: F405
VOTER_KEY_SECRET = VOTER_KEY_SECRET or "dev-only-voter-key"  # noqa: F405
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
VAR_DIR.mkdir(exist_ok=True)
