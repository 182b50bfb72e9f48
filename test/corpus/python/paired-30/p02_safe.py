# corpus: path=app/exports/views.py
from flask import Blueprint, Response, request

from app.exports.store import load_export

bp = Blueprint("exports", __name__)

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@bp.get("/exports/<int:export_id>")
def download_export(export_id):
    body = load_export(export_id)
    resp = Response(body)
    resp.headers["Content-Type"] = CONTENT_TYPES.get(request.args.get("format", "csv"), "text/csv")  # ok: header-injection
    return resp
