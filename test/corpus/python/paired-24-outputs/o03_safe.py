# corpus: path=app/cart.py
import base64
import os
import pickle

from flask import Flask, request
from itsdangerous import Signer

app = Flask(__name__)
signer = Signer(os.environ["CART_SIGNING_KEY"])


@app.get("/cart")
def cart():
    items = pickle.loads(base64.urlsafe_b64decode(signer.unsign(request.cookies["cart"])))  # ok: unsafe-deserialization
    return {"count": len(items)}
