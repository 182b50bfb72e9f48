# corpus: path=blog/settings.py
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "false").lower() == "true"  # ok: debug-mode
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "corsheaders",
    "blog",
]

CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.blog\.example\.com$"]  # ok: permissive-cors
CORS_ALLOW_CREDENTIALS = True

SESSION_COOKIE_SECURE = True  # ok: insecure-cookie
CSRF_COOKIE_SECURE = False  # expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = True  # ok: insecure-cookie

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",  # ok: weak-hash
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.SHA1PasswordHasher",  # ok: weak-hash
]

PAYMENT_API_URL = "http://api.payments-provider.net/v1"  # expect: cleartext-http
MAP_TILES_URL = "https://tiles.example.org/{z}/{x}/{y}.png"  # ok: cleartext-http
