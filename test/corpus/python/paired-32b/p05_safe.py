# corpus: path=app/exports/views.py
from flask import Blueprint, Response, abort, request

from app.exports.render import render_report

bp = Blueprint("exports", __name__)

MIMETYPES = {"csv": "text/csv", "json": "application/json", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def export_response(body, options):
    resp = Response(body)
    resp.headers["Content-Type"] = options["mimetype"]  # ok: header-injection
    return resp


@bp.get("/reports/<int:report_id>/export")
def export(report_id):
    mimetype = MIMETYPES.get(request.args.get("type", "csv"))
    if mimetype is None:
        abort(400)
    options = {"mimetype": mimetype, "dialect": request.args.get("dialect", "excel")}
    return export_response(render_report(report_id, options["dialect"]), options)
