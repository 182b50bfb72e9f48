# corpus: path=portal/config.py
import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")  # ok: hardcoded-secret
    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
    SESSION_COOKIE_SECURE = True  # ok: insecure-cookie
    REMEMBER_COOKIE_SECURE = True
    CORS_ORIGINS = ["https://portal.example.com"]  # ok: permissive-cors


class ProductionConfig(Config):
    DEBUG = False  # ok: debug-mode
    SESSION_COOKIE_HTTPONLY = False  # expect: insecure-cookie
    MAIL_PASSWORD = "mG7#pLq9!vRt2zXw"  # expect: hardcoded-secret
    BILLING_API_URL = "http://billing.partner-systems.com/api"  # expect: cleartext-http


class DevelopmentConfig(Config):
    DEBUG = True  # ok: debug-mode
    SESSION_COOKIE_SECURE = False  # ok: insecure-cookie
