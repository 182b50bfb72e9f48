# corpus: path=storefront/settings.py
"""Django settings for the storefront project."""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "corsheaders",
    "anymail",
    "storages",
    "storefront.catalog",
    "storefront.orders",
    "storefront.payments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "storefront.urls"
WSGI_APPLICATION = "storefront.wsgi.application"

DATABASES = {"default": env.db("DATABASE_URL")}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",  # expect: weak-hash
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_NAME = "storefront_csrftoken"  # ok: hardcoded-secret
SESSION_COOKIE_NAME = "storefront_sessionid"

CORS_ALLOW_ALL_ORIGINS = True  # expect: permissive-cors
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOW_HEADERS = ["authorization", "content-type", "x-api-key", "x-csrftoken"]  # ok: hardcoded-secret

ANYMAIL = {
    "MAILGUN_API_KEY": "key-3f9a1c7e5b2d8064a9c1e7f3b5d20486",  # expect: hardcoded-secret
    "MAILGUN_SENDER_DOMAIN": "mg.storefront.example.com",
}
EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
DEFAULT_FROM_EMAIL = "orders@storefront.example.com"

AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="storefront-media")
AWS_S3_REGION_NAME = "eu-west-1"
AWS_S3_ACCESS_KEY_ID = env("AWS_S3_ACCESS_KEY_ID")  # ok: hardcoded-secret
AWS_S3_SECRET_ACCESS_KEY = env("AWS_S3_SECRET_ACCESS_KEY")  # ok: hardcoded-secret
AWS_QUERYSTRING_AUTH = True
AWS_S3_CUSTOM_DOMAIN = "cdn.storefront.example.com"

STRIPE_PUBLISHABLE_KEY = "pk_live_51HxQ2bKc8Wj3mNvR7tYp0aZs4uE6fG9hJ2kL5nM8qR1sT3vW6yX"  # ok: hardcoded-secret
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", default="")  # ok: hardcoded-secret

SENTRY_DSN = "https://4f1c2a9e7b3d46f0a8c5e2d1b7f93a60@o457812.ingest.sentry.io/5512093"  # ok: hardcoded-secret
GOOGLE_OAUTH_CLIENT_ID = "731946251084-q4k2v8d1s9n3m5b7c0x6z4a2p8r1t3u5.apps.googleusercontent.com"  # ok: hardcoded-secret
RECAPTCHA_SITE_KEY = "6LcR8xUpAAAAAJm2kQ7vN3bT9wZ4yH1dF5gS0eC6"  # ok: hardcoded-secret
GEOIP_API_URL = "http://ip-api.com/json/"  # expect: cleartext-http

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon": "60/min", "user": "600/min", "password_reset": "5/hour"},
}

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
