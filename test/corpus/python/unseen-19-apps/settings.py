import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "helpdesk",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "helpdesk"),
        "USER": os.environ.get("DB_USER", "helpdesk"),
        "PASSWORD": os.environ.get("DB_PASSWORD", "Xk82!mqPz7vLw2"),  # expect: hardcoded-secret
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = False  # expect: insecure-cookie
CSRF_COOKIE_SECURE = True
CORS_ALLOW_ALL_ORIGINS = True  # expect: permissive-cors
CORS_ALLOW_CREDENTIALS = True
STATIC_URL = "static/"
BILLING_API = "http://billing.internal.example.com/v2"  # expect: cleartext-http
DOCS_URL = "http://localhost:8000/docs"  # ok: cleartext-http
