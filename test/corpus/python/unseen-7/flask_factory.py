# corpus: path=portal/__init__.py
import os

from flask import Flask
from flask_cors import CORS
from flask_talisman import Talisman


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=False,  # expect: insecure-cookie
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_HTTPONLY=False,  # expect: insecure-cookie
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///portal.db"),
    )
    if config:
        app.config.update(config)
    app.config["PROPAGATE_EXCEPTIONS"] = True
    app.config["DEBUG"] = True  # expect: debug-mode
    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # expect: permissive-cors
    Talisman(app, force_https=True)

    from .views import bp

    app.register_blueprint(bp)
    return app


def create_test_app() -> Flask:
    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False})
    app.config["SESSION_COOKIE_SECURE"] = os.environ.get("COOKIE_SECURE", "1") == "1"  # ok: insecure-cookie
    return app
