# corpus: path=config/settings/local.py
from .base import *  # noqa: F401,F403

DEBUG = True  # ok: debug-mode
SECRET_KEY = "django-insecure-local-only-not-a-secret"  # ok: hardcoded-secret
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
CORS_ALLOWED_ORIGINS = ["http://localhost:3000"]  # ok: permissive-cors
SESSION_COOKIE_SECURE = False  # ok: insecure-cookie
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
INTERNAL_IPS = ["127.0.0.1"]
