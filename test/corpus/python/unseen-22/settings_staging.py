# corpus: path=shopfront/settings/staging.py
import os

from .production import *  # noqa: F401,F403

ALLOWED_HOSTS = ["staging.shop.example.com"]

DEBUG = True  # expect: debug-mode

SENTRY_ENVIRONMENT = "staging"

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

CORS_ALLOWED_ORIGINS = ["https://staging.shop.example.com"]
CORS_ORIGIN_ALLOW_ALL = True  # expect: permissive-cors

SESSION_COOKIE_SECURE = False  # expect: insecure-cookie

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "sk_test_51NqR8eKz3VbT0aWmPxYc2LhDu7Gs")  # expect: hardcoded-secret
