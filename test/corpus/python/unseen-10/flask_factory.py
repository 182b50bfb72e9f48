# corpus: path=billing/app.py
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect

db = SQLAlchemy()
csrf = CSRFProtect()


class Config:
    SQLALCHEMY_DATABASE_URI = os.getenv("DATABASE_URL", "postgresql://billing@localhost/billing")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SECURE = True
    PAYPAL_CLIENT_ID = os.getenv("PAYPAL_CLIENT_ID", "")
    PAYPAL_CLIENT_SECRET = os.getenv("PAYPAL_CLIENT_SECRET", "EOb7Xr2kQ9mV4nL8pT1wZ6yB3cF5hJ0sA2eG8uD7rK4")  # expect: hardcoded-secret
    INVOICE_PDF_SERVICE = "http://pdf-render.partner-docs.com/render"  # expect: cleartext-http


class DevConfig(Config):
    SESSION_COOKIE_SECURE = False  # ok: insecure-cookie
    SECRET_KEY = "dev"  # ok: hardcoded-secret


def create_app(config: type[Config] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config or Config)
    app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY") or "9d4e1f7a2b8c3e6d0f5a1b7c4e8d2f6a"  # expect: hardcoded-secret
    app.config["WTF_CSRF_TIME_LIMIT"] = 3600

    db.init_app(app)
    csrf.init_app(app)
    CORS(app, resources={r"/api/public/*": {"origins": "*"}})  # ok: permissive-cors
    CORS(app, resources={r"/api/account/*": {"origins": os.getenv("ACCOUNT_ORIGIN", "https://billing.example.com")}}, supports_credentials=True)  # ok: permissive-cors

    @app.get("/healthz")
    def healthz():
        return jsonify({"status": "ok"})

    from .invoices import bp as invoices_bp
    from .webhooks import bp as webhooks_bp

    app.register_blueprint(invoices_bp)
    app.register_blueprint(webhooks_bp)
    return app


if __name__ == "__main__":
    create_app(DevConfig).run(debug=os.getenv("FLASK_DEBUG") == "1")  # ok: debug-mode
