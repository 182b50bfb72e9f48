# corpus: path=app/config.py
import os


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    SESSION_COOKIE_SECURE = True
    WTF_CSRF_ENABLED = False  # expect: csrf-disabled
    WTF_CSRF_TIME_LIMIT = None


class ProductionConfig(Config):
    PREFERRED_URL_SCHEME = "https"


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    WTF_CSRF_ENABLED = False  # ok: csrf-disabled


config = {"production": ProductionConfig, "testing": TestingConfig}
