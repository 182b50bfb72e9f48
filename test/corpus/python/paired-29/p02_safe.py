# corpus: path=app/exports/views.py
from urllib.parse import quote

from flask import Blueprint, Response, request

from app.exports.builder import build_csv

bp = Blueprint("exports", __name__)


@bp.get("/exports/download")
def download_export():
    name = request.args.get("name", "export")
    body = build_csv(request.args.get("report"))
    resp = Response(body, mimetype="text/csv")
    resp.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}.csv"  # ok: header-injection
    return resp
