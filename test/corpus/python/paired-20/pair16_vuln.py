# corpus: path=app/reports/views.py
import os

from flask import Blueprint, request

bp = Blueprint("reportfiles", __name__)


@bp.delete("/reports/cache")
def clear_cache():
    name = request.args.get("name", "")
    target = name if len(name) > 0 else "summary.cache"
    os.remove(os.path.join("/var/cache/reports", target))  # expect: path-traversal
    return "", 204
