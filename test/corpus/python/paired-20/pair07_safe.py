# corpus: path=app/search/views.py
import html

from flask import Blueprint, make_response, request

bp = Blueprint("search", __name__)


@bp.get("/search")
def search():
    q = request.args.get("q", "")
    shown = html.escape(q.strip())
    return make_response(f"<p>No results for <b>{shown}</b></p>")  # ok: xss
