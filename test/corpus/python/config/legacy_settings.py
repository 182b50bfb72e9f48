# corpus: path=intranet/settings.py
import os

from .base import *  # noqa: F401,F403

DEBUG = os.environ.get("DJANGO_DEBUG", "false").lower() == "true"  # ok: debug-mode
TEMPLATE_DEBUG = True  # expect: debug-mode

SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = True  # ok: insecure-cookie
CSRF_COOKIE_SECURE = True  # ok: insecure-cookie

PAYMENT_GATEWAY_URL = "http://payments.partner-bank.example.com/api/charge"  # expect: cleartext-http
STATUS_PAGE_URL = "https://status.example.com"  # ok: cleartext-http
