# corpus: path=app/__init__.py
import os

from flask import Flask
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from .config import config

csrf = CSRFProtect()
login_manager = LoginManager()


def create_app(name=None):
    app = Flask(__name__)
    app.config.from_object(config[name or os.environ.get("APP_ENV", "production")])
    if app.config.get("TESTING"):
        app.config["WTF_CSRF_ENABLED"] = False  # ok: csrf-disabled
    csrf.init_app(app)
    login_manager.init_app(app)

    from .account import bp as account_bp
    from .api import bp as api_bp
    from .webhooks import bp as webhooks_bp

    csrf.exempt(webhooks_bp)  # ok: csrf-disabled
    csrf.exempt(account_bp)  # expect: csrf-disabled
    app.register_blueprint(account_bp, url_prefix="/account")
    app.register_blueprint(api_bp, url_prefix="/api")
    app.register_blueprint(webhooks_bp, url_prefix="/webhooks")
    return app
