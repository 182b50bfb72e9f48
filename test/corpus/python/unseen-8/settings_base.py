# corpus: path=config/settings/base.py
import environ

env = environ.Env()
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=True)  # expect: debug-mode
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost"])

INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions", "corsheaders", "api"]

CORS_ALLOWED_ORIGIN_REGEXES = [r"^.*$"]  # expect: permissive-cors
CORS_ALLOW_CREDENTIALS = True

SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)  # ok: insecure-cookie
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)  # ok: insecure-cookie
SESSION_COOKIE_HTTPONLY = True  # ok: insecure-cookie

ANALYTICS_ENDPOINT = "http://collector.metrics-vendor.io/v1/events"  # expect: cleartext-http
DOCS_URL = "http://docs.example.org/handbook"  # ok: cleartext-http
