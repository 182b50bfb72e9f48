# corpus: path=app/exports/views.py
from flask import Blueprint, Response, request

from app.exports.render import render_report

bp = Blueprint("exports", __name__)


def export_response(body, options):
    resp = Response(body)
    resp.headers["Content-Type"] = options["mimetype"]  # expect: header-injection
    return resp


@bp.get("/reports/<int:report_id>/export")
def export(report_id):
    options = {"mimetype": request.args.get("type", "text/csv"), "dialect": request.args.get("dialect", "excel")}
    return export_response(render_report(report_id, options["dialect"]), options)
