# corpus: path=app/factory.py
import os

from flask import Flask


def create_app():
    app = Flask(__name__)
    app.secret_key = os.environ["FLASK_SECRET_KEY"]  # ok: hardcoded-secret
    return app
