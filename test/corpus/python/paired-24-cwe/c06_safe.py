# corpus: path=app/api/keys.py
import hmac

from flask import Flask, abort, request

from app.config import settings

app = Flask(__name__)


@app.before_request
def check_api_key():
    if not hmac.compare_digest(request.headers.get("X-API-Key", ""), settings.ADMIN_API_KEY):  # ok: timing-unsafe-comparison
        abort(401)
