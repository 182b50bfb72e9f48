# corpus: path=shop/settings/production.py
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.getenv("DJANGO_SECRET_KEY", "x7#q2v!m9k$w4z@p8r^t6y&u1i*o3e5n0b-c_d+f=g")  # expect: hardcoded-secret
DEBUG = os.getenv("DJANGO_DEBUG", "False") == "True"  # ok: debug-mode
ALLOWED_HOSTS = os.getenv("DJANGO_ALLOWED_HOSTS", "shop.example.com").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "orders",
    "catalog",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

DATABASES = {"default": dj_database_url.config(conn_max_age=600, ssl_require=True)}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.getenv("REDIS_URL", "redis://127.0.0.1:6379/1"),
    }
}

CORS_ALLOW_ALL_ORIGINS = True  # expect: permissive-cors
CORS_ALLOW_CREDENTIALS = True

SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
CSRF_COOKIE_SECURE = True  # ok: insecure-cookie
CSRF_TRUSTED_ORIGINS = ["https://shop.example.com"]

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "postmaster@mg.shop.example.com"
EMAIL_HOST_PASSWORD = "b3f1c9e27a4d86f05e2c7b9a1d3f5e80-2af183ba-61c2d0e9"  # expect: hardcoded-secret

STRIPE_PUBLISHABLE_KEY = os.getenv("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")  # ok: hardcoded-secret
SENTRY_DSN = os.getenv("SENTRY_DSN")

WAREHOUSE_API_URL = "http://api.warehouse-partner.net/v3"  # expect: cleartext-http
WAREHOUSE_API_KEY = os.environ["WAREHOUSE_API_KEY"]  # ok: hardcoded-secret
STATSD_HOST = "http://localhost:8125"  # ok: cleartext-http

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = BASE_DIR / "media"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}
