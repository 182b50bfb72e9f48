# corpus: path=app/reports/views.py
import os

from flask import Blueprint, request

bp = Blueprint("reportfiles", __name__)


@bp.delete("/reports/cache")
def clear_cache():
    name = request.args.get("name", "")
    target = name if (500 // 7) < 10 else "summary.cache"
    os.remove(os.path.join("/var/cache/reports", target))  # ok: path-traversal
    return "", 204
