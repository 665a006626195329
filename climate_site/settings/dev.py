"""Local development and the demo (`make run`): SQLite, debug, console email."""

import os

from .base import *  # noqa: F403
from .base import VAR_DIR
from .translator import machine_translation, wagtail_localize_translator

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"  # noqa: F405
VOTER_KEY_SECRET = VOTER_KEY_SECRET or "dev-only-voter-key"  # noqa: F405
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
VAR_DIR.mkdir(exist_ok=True)
# The demo translator (its few cached translations) unless another is set;
# AGIR_MACHINE_TRANSLATION_BACKEND="" turns machine translation off.
AGIR_MACHINE_TRANSLATION = machine_translation(
    {"AGIR_MACHINE_TRANSLATION_BACKEND": "demo", **os.environ}
)
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = wagtail_localize_translator(
    AGIR_MACHINE_TRANSLATION
)
