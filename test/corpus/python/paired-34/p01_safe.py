# corpus: path=app/search/views.py
from flask import Blueprint, Response, request
from markupsafe import escape

from .catalog import search_products

bp = Blueprint("search", __name__)


def _summary(filters):
    return f'<p class="summary">Results for <strong>{escape(filters["q"])}</strong> in {escape(filters["category"])}</p>'


def _render_results(filters, products):
    rows = "".join(f"<li>{escape(p.name)} - {escape(p.price)}</li>" for p in products)
    return _summary(filters) + f'<ul class="results">{rows}</ul>'


@bp.route("/search")
def search():
    filters = {key: request.args.get(key, "") for key in ("q", "category")}
    products = search_products(filters["q"], filters["category"])
    return Response(_render_results(filters, products), mimetype="text/html")  # ok: xss
