# corpus: path=config/production.py
import os

from config.base import *  # noqa: F401,F403

DEBUG = os.environ.get("DEBUG", "true").lower() == "true"  # expect: debug-mode
TEMPLATE_DEBUG = False

ALLOWED_HOSTS = ["shop.example.com"]
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

SEARCH_BACKEND_URL = "http://search.shop-internal.example.com:9200"  # expect: cleartext-http
METRICS_PUSH_URL = os.environ.get("METRICS_PUSH_URL", "https://metrics.example.com/push")
LOCAL_MAILHOG = "http://127.0.0.1:8025"  # ok: cleartext-http

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "TIMEOUT": 300,
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": "INFO"},
}
