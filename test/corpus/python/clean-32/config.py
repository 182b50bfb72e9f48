# corpus: path=shelf/config.py
import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'instance' / 'shelf.db'}")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 1800}
    SQLALCHEMY_RECORD_QUERIES = False

    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_DURATION = timedelta(days=30)
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)

    WTF_CSRF_TIME_LIMIT = 3600
    RATELIMIT_STORAGE_URI = os.environ.get("REDIS_URL", "memory://")
    RATELIMIT_HEADERS_ENABLED = True

    MAIL_SERVER = os.environ.get("MAIL_SERVER", "localhost")
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "587"))
    MAIL_USE_TLS = env_bool("MAIL_USE_TLS", True)
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MAIL_DEFAULT_SENDER = os.environ.get("MAIL_DEFAULT_SENDER", "Shelf <no-reply@shelf.example.com>")

    OPENLIBRARY_API = "https://openlibrary.org"
    COVERS_CDN = "https://covers.openlibrary.org/b"
    STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "pk_test_51HqLyjKX0000000000000000000")  # ok: hardcoded-secret
    STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")
    STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET")
    SENTRY_DSN = os.environ.get("SENTRY_DSN", "")

    UPLOAD_FOLDER = Path(os.environ.get("UPLOAD_FOLDER", BASE_DIR / "instance" / "uploads"))
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    CORS_ORIGINS = env_list("CORS_ORIGINS", "https://shelf.example.com")
    LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")
    DEBUG = False
    TESTING = False


class DevelopmentConfig(Config):
    DEBUG = True  # ok: debug-mode
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")  # ok: hardcoded-secret
    SESSION_COOKIE_SECURE = False  # ok: insecure-cookie
    REMEMBER_COOKIE_SECURE = False  # ok: insecure-cookie
    SQLALCHEMY_RECORD_QUERIES = True
    MAIL_SUPPRESS_SEND = True
    CORS_ORIGINS = ["http://localhost:5173", "http://127.0.0.1:5173"]  # ok: cleartext-http
    LOG_LEVEL = "DEBUG"


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing"  # ok: hardcoded-secret
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    WTF_CSRF_ENABLED = False  # ok: csrf-disabled
    RATELIMIT_ENABLED = False
    SESSION_COOKIE_SECURE = False  # ok: insecure-cookie
    MAIL_SUPPRESS_SEND = True
    SERVER_NAME = "shelf.test"
    PASSWORD_HASH_METHOD = "pbkdf2:sha256:1000"


class ProductionConfig(Config):
    PREFERRED_URL_SCHEME = "https"

    @classmethod
    def validate(cls) -> None:
        missing = [name for name in ("SECRET_KEY", "STRIPE_SECRET_KEY", "DATABASE_URL") if not os.environ.get(name)]
        if missing:
            raise RuntimeError(f"missing required settings: {', '.join(missing)}")


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def get_config(name: str | None = None) -> type[Config]:
    name = name or os.environ.get("FLASK_ENV_NAME", "production")
    config = CONFIGS.get(name, ProductionConfig)
    if config is ProductionConfig:
        config.validate()
    return config
