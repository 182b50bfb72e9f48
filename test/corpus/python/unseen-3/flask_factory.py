# corpus: path=inventory/__init__.py
import os

from flask import Flask, jsonify, make_response, request
from flask_cors import CORS


def create_app(config_name: str = "production") -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY="b7f3c91e2a4d4f08a6e5c2d19f7e3b10",  # expect: hardcoded-secret
        SQLALCHEMY_DATABASE_URI=os.environ["DATABASE_URL"],
        SESSION_COOKIE_SECURE=False,  # expect: insecure-cookie
    )
    app.config["DEBUG"] = True  # expect: debug-mode
    app.config["PROPAGATE_EXCEPTIONS"] = True
    app.config.update(REMEMBER_COOKIE_HTTPONLY=True, REMEMBER_COOKIE_SECURE=True)  # ok: insecure-cookie
    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # expect: permissive-cors

    @app.post("/api/login")
    def login():
        token = issue_token(request.json["username"], request.json["password"])
        resp = make_response(jsonify(ok=True))
        resp.set_cookie("access_token", token, httponly=True, samesite="Lax")  # expect: insecure-cookie
        resp.set_cookie("theme", request.json.get("theme", "light"))  # ok: insecure-cookie
        return resp

    @app.post("/api/login2")
    def login_secure():
        token = issue_token(request.json["username"], request.json["password"])
        resp = make_response(jsonify(ok=True))
        resp.set_cookie("access_token", token, httponly=True, secure=True, samesite="Strict")  # ok: insecure-cookie
        return resp

    return app


def create_public_app() -> Flask:
    app = Flask(__name__)
    app.secret_key = os.environ["FLASK_SECRET_KEY"]  # ok: hardcoded-secret
    CORS(app, origins=["https://inventory.example.com"], supports_credentials=True)  # ok: permissive-cors
    return app


def issue_token(username: str, password: str) -> str:
    raise NotImplementedError


if __name__ == "__main__":
    create_app().run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")), debug=True)  # expect: debug-mode
