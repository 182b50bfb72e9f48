# corpus: path=ledger/settings.py
"""Environment-driven settings for the ledger service.

Every value has a default that is safe for a developer laptop; production sets the
real ones through the deployment's secret store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    try:
        return int(raw) if raw else default
    except ValueError as exc:
        raise RuntimeError(f"{name} must be an integer, got {raw!r}") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required environment variable {name}")
    return value


ENVIRONMENT = os.environ.get("LEDGER_ENV", "development")
IS_PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("LEDGER_DEBUG", default=not IS_PRODUCTION)  # ok: debug-mode
SECRET_KEY = require("LEDGER_SECRET_KEY") if IS_PRODUCTION else os.environ.get("LEDGER_SECRET_KEY", "dev-only-not-secret")  # ok: hardcoded-secret

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://ledger:ledger@localhost:5432/ledger_dev")  # ok: hardcoded-secret
REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/2")
BROKER_URL = os.environ.get("BROKER_URL", "amqp://guest:guest@localhost:5672//")  # ok: hardcoded-secret

ALLOWED_HOSTS = env_list("LEDGER_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("LEDGER_TRUSTED_ORIGINS", "http://localhost:3000")  # ok: cleartext-http
CORS_ALLOWED_ORIGINS = env_list("LEDGER_CORS_ORIGINS", "http://localhost:3000")

SESSION_COOKIE_SECURE = env_bool("LEDGER_SECURE_COOKIES", default=IS_PRODUCTION)  # ok: insecure-cookie
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "pk_test_TYooMQauvdEDq54NiTphI7jx")  # ok: hardcoded-secret
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET_ENV = "STRIPE_WEBHOOK_SECRET"

SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
SENTRY_TRACES_SAMPLE_RATE = float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0.05"))

MEDIA_ROOT = Path(os.environ.get("LEDGER_MEDIA_ROOT", BASE_DIR / "var" / "media"))
EXPORT_DIR = MEDIA_ROOT / "exports"
TMP_DIR = Path(os.environ.get("LEDGER_TMP_DIR", BASE_DIR / "var" / "tmp"))

EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 1025)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=IS_PRODUCTION)
DEFAULT_FROM_EMAIL = "Ledger <no-reply@ledger.example.com>"

PUBLIC_BASE_URL = os.environ.get("LEDGER_PUBLIC_URL", "http://localhost:8000")  # ok: cleartext-http
STATUS_PAGE_URL = "https://status.ledger.example.com"

RATE_LIMIT_PER_MINUTE = env_int("LEDGER_RATE_LIMIT", 120)
EXPORT_ROW_LIMIT = env_int("LEDGER_EXPORT_ROW_LIMIT", 50_000)
TOKEN_TTL_SECONDS = env_int("LEDGER_TOKEN_TTL", 15 * 60)
PASSWORD_RESET_TIMEOUT = env_int("LEDGER_PASSWORD_RESET_TIMEOUT", 3 * 60 * 60)


@dataclass(frozen=True)
class OAuthProvider:
    name: str
    client_id: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...] = field(default_factory=tuple)
    client_secret_env: str = ""

    @property
    def client_secret(self) -> str:
        return os.environ.get(self.client_secret_env, "")


OAUTH_PROVIDERS = {
    "google": OAuthProvider(
        name="google",
        client_id=os.environ.get("GOOGLE_CLIENT_ID", "1043782961447-8q2hrm0fm3k5e6kq0o9v5h1t2u3b4c5d.apps.googleusercontent.com"),  # ok: hardcoded-secret
        authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
        token_url="https://oauth2.googleapis.com/token",
        scopes=("openid", "email", "profile"),
        client_secret_env="GOOGLE_CLIENT_SECRET",
    ),
    "github": OAuthProvider(
        name="github",
        client_id=os.environ.get("GITHUB_CLIENT_ID", "Iv1.8a61f9b3a7aba766"),  # ok: hardcoded-secret
        authorize_url="https://github.com/login/oauth/authorize",
        token_url="https://github.com/login/oauth/access_token",
        scopes=("read:user", "user:email"),
        client_secret_env="GITHUB_CLIENT_SECRET",
    ),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "ledger.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LEDGER_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "DEBUG" if DEBUG and not IS_PRODUCTION else "WARNING"}},
}
