# corpus: path=app/session_store.py
import base64
import json

from flask import Flask, request

app = Flask(__name__)


@app.post("/restore")
def restore():
    blob = base64.b64decode(request.cookies.get("cart", ""))
    cart = json.loads(blob)  # ok: unsafe-deserialization
    return {"items": len(cart)}
