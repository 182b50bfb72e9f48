import logging
import os

from flask import Flask, jsonify
from werkzeug.debug import DebuggedApplication
from werkzeug.middleware.proxy_fix import ProxyFix

from .api import api_bp
from .db import db


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ["SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        # Left on after chasing the pool exhaustion in staging; this factory serves production too.
        DEBUG=True,  # expect: debug-mode
        PROPAGATE_EXCEPTIONS=True,
    )
    db.init_app(app)
    app.register_blueprint(api_bp, url_prefix="/api")
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)
    if os.environ.get("APP_ENV") == "development":
        app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)  # ok: debug-mode

    @app.get("/healthz")
    def healthz():
        return jsonify(ok=True)

    logging.basicConfig(level=logging.INFO)
    return app


application = create_app()
# Interactive tracebacks for the support engineers who reproduce customer errors on the live site.
application.wsgi_app = DebuggedApplication(application.wsgi_app, True)  # expect: debug-mode
