# corpus: path=marketplace/settings/development.py
"""Local development settings: never deployed."""
from .base import *  # noqa: F401,F403

DEBUG = True  # ok: debug-mode
ALLOWED_HOSTS = ["*"]
SECRET_KEY = "django-insecure-8@x!q2^v7k#m1z$w4t&r9p(b6n)c0y*e5h"  # ok: hardcoded-secret

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "marketplace",
        "USER": "postgres",
        "PASSWORD": "postgres",  # ok: hardcoded-secret
        "HOST": "localhost",
        "PORT": "5432",
    }
}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

SHIPPING_API_BASE = "http://localhost:8025/v3"  # ok: cleartext-http
SEARCH_BACKEND_URL = "http://127.0.0.1:9200"  # ok: cleartext-http

SESSION_COOKIE_SECURE = False  # ok: insecure-cookie
CSRF_COOKIE_SECURE = False  # ok: insecure-cookie
CORS_ALLOW_ALL_ORIGINS = True  # ok: permissive-cors

INSTALLED_APPS += ["debug_toolbar"]  # noqa: F405
INTERNAL_IPS = ["127.0.0.1"]
