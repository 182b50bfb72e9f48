# corpus: path=app/search/filter.py
import re

from flask import Flask, abort, jsonify, request

from app.data import PRODUCTS

app = Flask(__name__)


@app.get("/products/match")
def match():
    q = request.args.get("q", "")
    if len(q) > 40 or not q.replace(" ", "").isalnum():
        abort(400)
    return jsonify([p for p in PRODUCTS if re.search(q, p["name"])])  # ok: regex-injection
