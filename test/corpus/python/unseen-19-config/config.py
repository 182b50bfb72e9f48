# corpus: path=inventory/config.py
"""Flask configuration classes, selected by FLASK_CONFIG at start-up."""
import os
from datetime import timedelta

basedir = os.path.abspath(os.path.dirname(__file__))


def _bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.lower() in {"1", "true", "yes", "on"}


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")  # ok: hardcoded-secret
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 280}
    PERMANENT_SESSION_LIFETIME = timedelta(hours=8)
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_DURATION = timedelta(days=14)
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "smtp.sendgrid.net")
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "587"))
    MAIL_USE_TLS = True
    MAIL_USERNAME = "apikey"  # ok: hardcoded-secret
    MAIL_PASSWORD = os.environ.get("SENDGRID_API_KEY")
    ITEMS_PER_PAGE = 50
    SUPPLIER_FEED_URL = "https://feeds.partsupply.com/v1/catalog"
    DOCS_URL = "http://flask.pocoo.org/docs/config/"  # ok: cleartext-http

    @staticmethod
    def init_app(app):
        pass


class DevelopmentConfig(Config):
    DEBUG = True  # ok: debug-mode
    SECRET_KEY = "dev-only-not-secret"  # ok: hardcoded-secret
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DEV_DATABASE_URL", "sqlite:///" + os.path.join(basedir, "data-dev.sqlite")
    )
    SQLALCHEMY_ECHO = _bool("SQL_ECHO")
    SUPPLIER_FEED_URL = "http://127.0.0.1:5055/v1/catalog"  # ok: cleartext-http


class TestingConfig(Config):
    TESTING = True
    WTF_CSRF_ENABLED = False
    SECRET_KEY = "testing"  # ok: hardcoded-secret
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    SERVER_NAME = "localhost.localdomain"


class ProductionConfig(Config):
    DEBUG = True  # expect: debug-mode
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
    SUPPLIER_API_TOKEN = "spt_9fK2mQ7xL4vR8nB3jC6hD1sY5gT0wZeA"  # expect: hardcoded-secret
    WAREHOUSE_SYNC_URL = "http://sync.stockroom-logistics.com/api/v1"  # expect: cleartext-http

    @classmethod
    def init_app(cls, app):
        Config.init_app(app)
        import logging
        from logging.handlers import SysLogHandler

        syslog_handler = SysLogHandler()
        syslog_handler.setLevel(logging.WARNING)
        app.logger.addHandler(syslog_handler)


class DockerConfig(ProductionConfig):
    @classmethod
    def init_app(cls, app):
        ProductionConfig.init_app(app)
        import logging

        handler = logging.StreamHandler()
        handler.setLevel(logging.INFO)
        app.logger.addHandler(handler)


config = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
    "docker": DockerConfig,
    "default": DevelopmentConfig,
}
