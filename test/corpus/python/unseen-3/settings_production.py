# corpus: path=config/settings/production.py
import os

from .base import *  # noqa: F401,F403

DEBUG = True  # expect: debug-mode
SECRET_KEY = "django-insecure-7v$kq!m3x@w9z#r2b8h^t5y0u&p1c4n6"  # expect: hardcoded-secret
ALLOWED_HOSTS = ["shop.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "Wint3r-Harbour-2024!",  # expect: hardcoded-secret
        "HOST": os.environ.get("DB_HOST", "localhost"),
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop_ro",
        "PASSWORD": os.environ["REPLICA_DB_PASSWORD"],  # ok: hardcoded-secret
        "HOST": os.environ.get("REPLICA_HOST", "localhost"),
    },
}

CORS_ALLOW_ALL_ORIGINS = True  # expect: permissive-cors
CORS_ALLOW_CREDENTIALS = True

SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = False  # expect: insecure-cookie
CSRF_COOKIE_SECURE = True  # ok: insecure-cookie
SECURE_SSL_REDIRECT = True

EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")  # ok: hardcoded-secret
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")  # ok: hardcoded-secret
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEYz9"  # expect: hardcoded-secret

PAYMENT_WEBHOOK_URL = "http://payments.partner-gateway.com/webhooks/shop"  # expect: cleartext-http
SCHEMA_NS = "http://www.w3.org/2001/XMLSchema-instance"  # ok: cleartext-http
LOCAL_CACHE_URL = "http://127.0.0.1:11211"  # ok: cleartext-http
