# corpus: path=app/api/keys.py
from flask import Flask, abort, request

from app.config import settings

app = Flask(__name__)


@app.before_request
def check_api_key():
    if request.headers.get("X-API-Key") != settings.ADMIN_API_KEY:  # expect: timing-unsafe-comparison
        abort(401)
