# corpus: path=shop/settings/staging.py
from .base import *  # noqa: F401,F403

DEBUG = True  # expect: debug-mode
ALLOWED_HOSTS = ["staging.shop.example.com", "qa.shop.example.com"]

CORS_ORIGIN_ALLOW_ALL = True  # expect: permissive-cors
CORS_ALLOWED_ORIGINS = ["https://staging.shop.example.com", "https://qa.shop.example.com"]  # ok: permissive-cors

SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = False  # expect: insecure-cookie
CSRF_COOKIE_SECURE = True

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

QA_BASIC_AUTH_USER = "qa"
QA_BASIC_AUTH_PASSWORD = os.environ.get("QA_BASIC_AUTH_PASSWORD", "changeme")  # ok: hardcoded-secret
