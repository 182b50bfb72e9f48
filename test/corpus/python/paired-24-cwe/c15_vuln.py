# corpus: path=app/factory.py
from flask import Flask


def create_app():
    app = Flask(__name__)
    app.secret_key = "super-secret-dev-key-2024"  # expect: hardcoded-secret
    return app
