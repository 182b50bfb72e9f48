# corpus: path=app/prefs.py
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.get("/dashboard")
def dashboard():
    """Decode the preferences cookie and render the dashboard."""
    raw = request.cookies.get("prefs")
    prefs = {"theme": "light"}
    if raw:
        prefs = pickle.loads(base64.b64decode(raw))  # expect: unsafe-deserialization
    return {"theme": prefs.get("theme", "light")}
