# corpus: path=portal/__init__.py
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from portal.db import db
from portal.views import admin_bp, api_bp, public_bp

login_manager = LoginManager()
csrf = CSRFProtect()


class Config:
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///portal.db")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_DURATION = 60 * 60 * 24 * 30
    MAIL_SERVER = "smtp.postmarkapp.com"
    MAIL_USERNAME = os.environ.get("POSTMARK_TOKEN")
    MAIL_PASSWORD = os.environ.get("POSTMARK_TOKEN")  # ok: hardcoded-secret
    PARTNER_API_URL = "http://partners.acmeportal.com/api/v2"  # expect: cleartext-http
    STATUS_PAGE_URL = "https://status.acmeportal.com"


class DevelopmentConfig(Config):
    DEBUG = True  # ok: debug-mode
    SECRET_KEY = "dev"  # ok: hardcoded-secret
    SESSION_COOKIE_SECURE = False  # ok: insecure-cookie
    PARTNER_API_URL = "http://localhost:5050/api/v2"  # ok: cleartext-http


class ProductionConfig(Config):
    REMEMBER_COOKIE_SECURE = False  # expect: insecure-cookie
    ADMIN_PASSWORD = "Portal#Adm1n-2024!"  # expect: hardcoded-secret


CONFIGS = {"development": DevelopmentConfig, "production": ProductionConfig}


def create_app(env: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env or os.environ.get("PORTAL_ENV", "production")])
    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "public.login"
    csrf.init_app(app)
    CORS(app, resources={r"/api/*": {"origins": ["https://app.acmeportal.com"]}}, supports_credentials=True)  # ok: permissive-cors
    app.register_blueprint(public_bp)
    app.register_blueprint(api_bp, url_prefix="/api")
    app.register_blueprint(admin_bp, url_prefix="/admin")

    @app.errorhandler(404)
    def not_found(_err):
        return jsonify(error="not found"), 404

    return app


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=5000, debug=True)  # expect: debug-mode
