# corpus: path=app/cart.py
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.get("/cart")
def cart():
    items = pickle.loads(base64.urlsafe_b64decode(request.cookies["cart"]))  # expect: unsafe-deserialization
    return {"count": len(items)}
