# corpus: path=shop/settings.py
import os

import environ

env = environ.Env()
DEBUG = env.bool("DJANGO_DEBUG", default=False)  # ok: debug-mode
SECRET_KEY = env("DJANGO_SECRET_KEY")  # ok: hardcoded-secret
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["shop.example.com"])

SESSION_COOKIE_SECURE = True  # ok: insecure-cookie
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = False  # expect: insecure-cookie
LANGUAGE_COOKIE_SECURE = False  # ok: insecure-cookie

CORS_ALLOWED_ORIGINS = ["https://shop.example.com", "https://admin.shop.example.com"]  # ok: permissive-cors
CORS_ALLOW_CREDENTIALS = True

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.shop.example.com"
EMAIL_HOST_PASSWORD = "5f2b9c1e7a4d8e3f6a0b2c9d1e4f7a8b-2af183ba-91cd7e3f"  # expect: hardcoded-secret

PAYMENTS_API_BASE = "http://api.payments-hub.net/v3"  # expect: cleartext-http
STATUS_PAGE_URL = "https://status.shop.example.com"  # ok: cleartext-http

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",  # expect: weak-hash
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
