# corpus: path=shop/settings/production.py
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True  # expect: debug-mode
ALLOWED_HOSTS = ["shop.example.com", "api.shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "shop",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]

CORS_ALLOW_ALL_ORIGINS = True  # expect: permissive-cors
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.shop\.example\.com$"]  # ok: permissive-cors

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = False  # expect: insecure-cookie
CSRF_COOKIE_SECURE = False  # expect: insecure-cookie
SECURE_SSL_REDIRECT = True

PAYMENT_GATEWAY_URL = "http://payments.shop-partner.com/api/v2/charge"  # expect: cleartext-http
SCHEMA_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"  # ok: cleartext-http

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
