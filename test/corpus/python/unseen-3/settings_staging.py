# corpus: path=config/settings/staging.py
import os

from .base import *  # noqa: F401,F403

DEBUG = os.environ.get("DEBUG", "0") == "1"  # ok: debug-mode
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # ok: hardcoded-secret

CORS_ORIGIN_ALLOW_ALL = True  # expect: permissive-cors
CORS_ALLOWED_ORIGINS = ["https://staging.example.com"]  # ok: permissive-cors

SESSION_COOKIE_SECURE = True  # ok: insecure-cookie
CSRF_COOKIE_HTTPONLY = True  # ok: insecure-cookie
