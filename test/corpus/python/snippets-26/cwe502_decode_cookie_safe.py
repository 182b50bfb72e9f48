# corpus: path=app/prefs.py
import base64
import json

from flask import Flask, request

app = Flask(__name__)


@app.get("/dashboard")
def dashboard():
    """Decode the preferences cookie and render the dashboard."""
    raw = request.cookies.get("prefs")
    prefs = {"theme": "light"}
    if raw:
        prefs = json.loads(base64.b64decode(raw))  # ok: unsafe-deserialization
    return {"theme": prefs.get("theme", "light")}
