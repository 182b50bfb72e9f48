# corpus: path=service/main.py
import logging
import os

from flask import Flask, jsonify
from flask_cors import CORS

from .api import api_bp

logging.basicConfig(level=logging.INFO)

app = Flask(__name__)
app.register_blueprint(api_bp, url_prefix="/api")
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)  # expect: permissive-cors
app.config.update(
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SECURE=False,  # expect: insecure-cookie
    SESSION_COOKIE_SAMESITE="Lax",
)


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8000)), debug=True)  # expect: debug-mode
