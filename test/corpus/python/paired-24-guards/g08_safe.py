# corpus: path=app/state.py
import base64
import hashlib
import hmac
import pickle

from flask import Flask, abort, request

from app.config import STATE_KEY

app = Flask(__name__)


@app.post("/wizard/resume")
def resume():
    blob = base64.urlsafe_b64decode(request.form["state"])
    sig, body = blob[:32], blob[32:]
    if not hmac.compare_digest(sig, hmac.new(STATE_KEY, body, hashlib.sha256).digest()):
        abort(400)
    state = pickle.loads(body)  # ok: unsafe-deserialization
    return {"step": state["step"]}
