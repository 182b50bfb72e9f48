# corpus: path=app/pricing/rules.py
import ast
from decimal import Decimal

from flask import Blueprint, abort, request

bp = Blueprint("pricing", __name__)


@bp.post("/pricing/preview")
def preview():
    payload = request.get_json(force=True)
    base = Decimal(str(payload.get("base", "0")))
    adjustment = payload.get("adjustment", "0")
    try:
        delta = ast.literal_eval(adjustment)  # ok: code-injection
    except (ValueError, SyntaxError):
        abort(400)
    return {"price": str(base + Decimal(str(delta)))}
