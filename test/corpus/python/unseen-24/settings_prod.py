# corpus: path=config/settings/production.py
import os

from .base import *  # noqa: F401,F403

DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"  # ok: debug-mode
ALLOWED_HOSTS = ["app.acme.example", "admin.acme.example"]

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # ok: hardcoded-secret

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "acme"),
        "USER": os.environ.get("DB_USER", "acme"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "db"),
        "PORT": "5432",
    }
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "SG.Qm3v8XkLr2pT9wZc4YhN1a.Fj7Gd2Ks9Lq4Wx8Vb3Nm6Rt1Yp5Zc0Ua7Ie2Ho9Kl"  # expect: hardcoded-secret

STRIPE_PUBLISHABLE_KEY = "pk_live_51Hx8QeLkR2mN4pT6vW8yZ0aB"  # ok: hardcoded-secret
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = False  # expect: insecure-cookie
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000

CORS_ALLOWED_ORIGINS = ["https://app.acme.example"]
CORS_ALLOW_CREDENTIALS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/0")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://redis:6379/1"}}
