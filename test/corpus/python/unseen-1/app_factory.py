# corpus: path=inventory/__init__.py
import os

from fastapi import FastAPI
from flask import Flask
from flask_cors import CORS, cross_origin
from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ["SECRET_KEY"],
        DEBUG=True,  # expect: debug-mode
        SESSION_COOKIE_HTTPONLY=True,  # ok: insecure-cookie
    )
    app.config.update(SESSION_COOKIE_SECURE=False, REMEMBER_COOKIE_SECURE=True)  # expect: insecure-cookie
    CORS(app, origins="*", supports_credentials=True)  # expect: permissive-cors
    return app


def create_admin_app() -> Flask:
    app = Flask("admin")
    app.config["DEBUG"] = False  # ok: debug-mode
    app.config["SESSION_COOKIE_SECURE"] = True  # ok: insecure-cookie
    CORS(app, resources={r"/api/*": {"origins": ["https://admin.example.com"]}}, supports_credentials=True)  # ok: permissive-cors
    return app


api = FastAPI(title="Inventory", debug=True)  # expect: debug-mode
api.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://.*",  # expect: permissive-cors
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

internal = Starlette(debug=os.environ.get("STARLETTE_DEBUG") == "1")  # ok: debug-mode
internal.add_middleware(CORSMiddleware, allow_origins=["https://ops.example.com"], allow_credentials=True)  # ok: permissive-cors


def register_public_routes(app: Flask) -> None:
    @app.route("/api/public/stock")
    @cross_origin()  # ok: permissive-cors
    def public_stock():
        return {"items": []}

    @app.route("/api/me")
    @cross_origin(origins="*", supports_credentials=True)  # expect: permissive-cors
    def me():
        return {"user": None}


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=8000, debug=True)  # expect: debug-mode
