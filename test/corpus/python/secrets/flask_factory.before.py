import os

from flask import Flask


def create_app(overrides=None):
    app = Flask(__name__)
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=os.environ.get("DATABASE_URL", "sqlite:///app.db"),
    )
    if overrides:
        app.config.update(overrides)
    from . import views

    app.register_blueprint(views.bp)
    return app
