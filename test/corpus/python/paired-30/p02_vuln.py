# corpus: path=app/exports/views.py
from flask import Blueprint, Response, request

from app.exports.store import load_export

bp = Blueprint("exports", __name__)


@bp.get("/exports/<int:export_id>")
def download_export(export_id):
    body = load_export(export_id)
    resp = Response(body)
    resp.headers["Content-Type"] = request.args.get("format", "text/csv")  # expect: header-injection
    return resp
