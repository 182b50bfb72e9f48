# corpus: path=inventory/app.py
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class BaseConfig:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JSON_SORT_KEYS = False
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    SESSION_COOKIE_SAMESITE = "Lax"


class DevelopmentConfig(BaseConfig):
    DEBUG = True  # ok: debug-mode
    SECRET_KEY = "dev-only-secret"  # ok: hardcoded-secret
    SQLALCHEMY_DATABASE_URI = "sqlite:///inventory-dev.db"
    SESSION_COOKIE_SECURE = False  # ok: insecure-cookie


class TestingConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = "testing"  # ok: hardcoded-secret
    SQLALCHEMY_DATABASE_URI = "sqlite://"


class ProductionConfig(BaseConfig):
    SECRET_KEY = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = False  # expect: insecure-cookie
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"
    SUPPLIER_FEED_URL = "http://feeds.supplier-network.com/inventory.xml"  # expect: cleartext-http


CONFIGS = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def create_app(config_name=None):
    app = Flask(__name__)
    config_name = config_name or os.environ.get("APP_CONFIG", "production")
    app.config.from_object(CONFIGS[config_name])
    db.init_app(app)

    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # expect: permissive-cors
    CORS(app, resources={r"/public/*": {"origins": "*"}})  # ok: permissive-cors

    from inventory.api import bp as api_bp
    from inventory.public import bp as public_bp

    app.register_blueprint(api_bp, url_prefix="/api")
    app.register_blueprint(public_bp, url_prefix="/public")

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok", config=config_name)

    @app.errorhandler(404)
    def not_found(_err):
        return jsonify(error="not found"), 404

    return app


if __name__ == "__main__":
    application = create_app(os.environ.get("APP_CONFIG", "development"))
    application.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")), debug=True)  # expect: debug-mode
