# corpus: path=config/settings/staging.py
from .base import *  # noqa: F401,F403

DEBUG = True  # expect: debug-mode
ALLOWED_HOSTS = ["staging.acme.example"]
INTERNAL_IPS = ["10.0.0.5"]
