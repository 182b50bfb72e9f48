# corpus: path=app/exports/views.py
from flask import Blueprint, Response, request

from app.exports.csv import render_ledger

bp = Blueprint("exports", __name__)


def export_options():
    return {
        "account": request.args.get("account", type=int),
        "filename": request.args.get("filename", "ledger.csv"),
    }


@bp.get("/exports/ledger")
def ledger_export():
    opts = export_options()
    resp = Response(render_ledger(opts["account"]), mimetype="text/csv")
    resp.headers["Content-Disposition"] = f'attachment; filename="{opts["filename"]}"'  # expect: header-injection
    return resp
