# corpus: path=shop/settings/production.py
import os

from .base import *  # noqa: F401,F403

DEBUG = True  # expect: debug-mode
TEMPLATE_DEBUG = DEBUG

ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"]

SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = False  # expect: insecure-cookie
CSRF_COOKIE_SECURE = True  # ok: insecure-cookie
SESSION_COOKIE_SAMESITE = "Lax"

CORS_ORIGIN_ALLOW_ALL = True  # expect: permissive-cors
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOWED_ORIGINS = ["https://shop.example.com"]  # ok: permissive-cors

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",  # expect: weak-hash
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # ok: weak-hash
]

SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
