from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["staging.shop.example.com"]

CORS_ALLOWED_ORIGINS = ["https://staging.shop.example.com"]

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
