# corpus: path=app/session_store.py
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/restore")
def restore():
    blob = base64.b64decode(request.cookies.get("cart", ""))
    cart = pickle.loads(blob)  # expect: unsafe-deserialization
    return {"items": len(cart)}
