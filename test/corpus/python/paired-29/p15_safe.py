# corpus: path=app/search/views.py
import re

from flask import Blueprint, jsonify, request

from app.models import Product

bp = Blueprint("search", __name__)


@bp.get("/products/search")
def search_products():
    term = request.args.get("q", "")
    pattern = re.compile(re.escape(term), re.IGNORECASE)  # ok: regex-injection
    names = [p.name for p in Product.query.all() if pattern.search(p.name)]
    return jsonify(names)
