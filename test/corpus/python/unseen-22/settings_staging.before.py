import os

from .production import *  # noqa: F401,F403

ALLOWED_HOSTS = ["staging.shop.example.com"]

SENTRY_ENVIRONMENT = "staging"

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

CORS_ALLOWED_ORIGINS = ["https://staging.shop.example.com"]

SESSION_COOKIE_SECURE = True
