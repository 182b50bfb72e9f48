# corpus: path=app/search/filter.py
import re

from flask import Flask, jsonify, request

from app.data import PRODUCTS

app = Flask(__name__)


@app.get("/products/match")
def match():
    q = request.args.get("q", "")
    return jsonify([p for p in PRODUCTS if re.search(q, p["name"])])  # expect: regex-injection
