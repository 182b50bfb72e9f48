# corpus: path=config/settings/production.py
import os

from .base import *  # noqa: F401,F403

DEBUG = True  # expect: debug-mode
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # ok: hardcoded-secret

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "app"),
        "USER": os.environ.get("DB_USER", "app"),
        "PASSWORD": os.environ["DB_PASSWORD"],  # ok: hardcoded-secret
        "HOST": os.environ.get("DB_HOST", "db"),
        "PORT": 5432,
    }
}

SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

CORS_ALLOW_ALL_ORIGINS = True  # expect: permissive-cors
CORS_ALLOW_CREDENTIALS = True

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.example.com"
EMAIL_HOST_PASSWORD = "k3yb0ard-Cat-2024!xQ"  # expect: hardcoded-secret

LOGGING["root"]["level"] = "INFO"
