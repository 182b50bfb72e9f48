# corpus: path=app/state.py
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/wizard/resume")
def resume():
    blob = base64.urlsafe_b64decode(request.form["state"])
    state = pickle.loads(blob)  # expect: unsafe-deserialization
    return {"step": state["step"]}
