# corpus: path=app/search/views.py
from flask import Blueprint, Response, request

from .catalog import search_products

bp = Blueprint("search", __name__)


def _summary(filters):
    return f'<p class="summary">Results for <strong>{filters["q"]}</strong> in {filters["category"]}</p>'


def _render_results(filters, products):
    rows = "".join(f"<li>{p.name} - {p.price}</li>" for p in products)
    return _summary(filters) + f'<ul class="results">{rows}</ul>'


@bp.route("/search")
def search():
    filters = {key: request.args.get(key, "") for key in ("q", "category")}
    products = search_products(filters["q"], filters["category"])
    return Response(_render_results(filters, products), mimetype="text/html")  # expect: xss
