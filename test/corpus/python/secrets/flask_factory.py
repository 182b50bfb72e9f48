# corpus: path=app/__init__.py
import os

from flask import Flask


def create_app(overrides=None):
    app = Flask(__name__)
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///app.db"),
        SECRET_KEY=os.environ.get("SECRET_KEY", "dev"),  # ok: hardcoded-secret
    )
    app.secret_key = "9f2b7c4e1a8d6f3b0e5a2c7d4f1b8e6a"  # expect: hardcoded-secret
    if overrides:
        app.config.update(overrides)
    from . import views

    app.register_blueprint(views.bp)
    return app
