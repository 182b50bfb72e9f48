# corpus: path=service/app.py
import logging
import os
import ssl

import requests
import urllib3
from flask import Flask
from flask_cors import CORS

from service.routes import register_routes

log = logging.getLogger(__name__)


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]  # ok: hardcoded-secret
    CORS(app, origins=["https://app.example.com", "https://admin.example.com"], supports_credentials=True)  # ok: permissive-cors
    register_routes(app)
    return app


def create_partner_app() -> Flask:
    app = Flask(__name__)
    app.secret_key = "f3a9c1d27be84e0c9d5a6b1e72c4f8a0"  # expect: hardcoded-secret
    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # expect: permissive-cors
    register_routes(app)
    return app


def fetch_inventory(base_url: str) -> dict:
    resp = requests.get(f"{base_url}/inventory", timeout=10, verify=False)  # expect: tls-verify-disabled
    return resp.json()


def fetch_inventory_internal(base_url: str) -> dict:
    resp = requests.get(f"{base_url}/inventory", timeout=10, verify="/etc/ssl/internal-ca.pem")  # ok: tls-verify-disabled
    return resp.json()


def legacy_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # also: tls-verify-disabled
    ctx.verify_mode = ssl.CERT_NONE  # expect: tls-verify-disabled
    return ctx


def quiet_warnings():
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), debug=True)  # expect: debug-mode
