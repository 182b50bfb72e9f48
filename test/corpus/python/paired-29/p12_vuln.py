# corpus: path=app/imports/views.py
from flask import Blueprint, jsonify, request

from app.imports.pricing import apply_price_rules

bp = Blueprint("imports", __name__)


@bp.post("/imports/price-rules")
def upload_price_rules():
    text = request.files["rules"].read().decode("utf-8")
    rules = eval(text)  # expect: code-injection
    count = apply_price_rules(rules)
    return jsonify({"applied": count})
