# corpus: path=marketplace/settings/production.py
"""Production settings for the marketplace. Values come from the deploy environment."""
import os

from .base import *  # noqa: F401,F403

DEBUG = True  # expect: debug-mode
ALLOWED_HOSTS = ["*"]

SECRET_KEY = "marketplace-secret-key"  # expect: hardcoded-secret

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "marketplace",
        "USER": "marketplace_app",
        "PASSWORD": "Vq7!mR2x#Lp9Tz4w",  # expect: hardcoded-secret
        "HOST": "marketplace-prod.c9xk2lq1abcd.eu-west-1.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "marketplace",
        "USER": "marketplace_ro",
        "PASSWORD": os.environ["REPLICA_DB_PASSWORD"],  # ok: hardcoded-secret
        "HOST": os.environ.get("REPLICA_DB_HOST", "replica.marketplace.svc"),
        "PORT": "5432",
    },
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"  # ok: hardcoded-secret
EMAIL_HOST_PASSWORD = "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"  # expect: hardcoded-secret

AWS_ACCESS_KEY_ID = "AKIAL4U36QN3HB7CYT2W"  # expect: hardcoded-secret
AWS_SECRET_ACCESS_KEY = "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"  # expect: hardcoded-secret
AWS_STORAGE_BUCKET_NAME = "marketplace-media-prod"
AWS_S3_REGION_NAME = "eu-west-1"
AWS_S3_CUSTOM_DOMAIN = f"{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"

STRIPE_PUBLISHABLE_KEY = "pk_live_51NqZxKLm3vT8hR2yWc4pJd7sF0gB9aQeX6uV1nM5kH8tY2rE4wA7zC3bD9fG1jK0lP"  # ok: hardcoded-secret
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]  # ok: hardcoded-secret
STRIPE_API_VERSION = "2023-10-16"

SENTRY_DSN = "https://5f1c9a7e3b2d4e8fa0c6b1d9e7f3a2c4@o482913.ingest.sentry.io/5539201"  # ok: hardcoded-secret

SHIPPING_API_BASE = "http://api.parcelforce-partners.com/v3"  # expect: cleartext-http
TAX_SERVICE_URL = "https://api.taxjar.com/v2"  # ok: cleartext-http
CARRIER_DOCS_URL = "http://developer.parcelforce-partners.com/docs"  # ok: cleartext-http
SEARCH_BACKEND_URL = "http://search:9200"  # ok: cleartext-http

SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = True  # ok: insecure-cookie
CSRF_COOKIE_SECURE = True  # ok: insecure-cookie
SECURE_SSL_REDIRECT = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

CORS_ALLOW_ALL_ORIGINS = True  # expect: permissive-cors
CORS_ALLOW_CREDENTIALS = True

LOGGING["root"]["level"] = "WARNING"
