# corpus: path=app/__init__.py
from flask import Flask
from flask_cors import CORS

from app.api import api_bp


def create_app():
    app = Flask(__name__)
    app.register_blueprint(api_bp, url_prefix="/api")
    CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)  # ok: permissive-cors
    return app
