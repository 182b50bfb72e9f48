# corpus: path=app/admin_tools.py
"""Small admin endpoints for the support console."""
import os
import shutil
import traceback

from flask import Blueprint, jsonify, request

bp = Blueprint("admin_tools", __name__, url_prefix="/admin/tools")

DISK_REPORTS = {"usage": shutil.disk_usage, "cwd": os.getcwd}


@bp.get("/os")
def os_call():
    fn = getattr(os, request.args["fn"])  # expect: code-injection
    return jsonify(result=str(fn(request.args.get("arg", "."))))


@bp.get("/disk")
def disk():
    report = DISK_REPORTS.get(request.args.get("report", "usage"))
    if report is None:
        return jsonify(error="unknown report"), 400
    return jsonify(result=str(report("/") if report is shutil.disk_usage else report()))


@bp.get("/stat")
def stat_call():
    name = request.args.get("fn", "stat")
    if name not in {"stat", "lstat"}:
        return jsonify(error="unknown"), 400
    return jsonify(result=str(getattr(os, name)(request.args.get("path", "."))))  # ok: code-injection


@bp.post("/reindex")
def reindex():
    try:
        rebuild_search_index()
    except Exception:
        return traceback.format_exc(), 500  # expect: error-exposure
    return jsonify(ok=True)


@bp.post("/vacuum")
def vacuum():
    try:
        vacuum_database()
    except Exception:
        bp.logger.exception("vacuum failed")
        return jsonify(error="vacuum failed, see server logs"), 500  # ok: error-exposure
    return jsonify(ok=True)


def rebuild_search_index():
    pass


def vacuum_database():
    pass
