# corpus: path=app/pricing/rules.py
from decimal import Decimal

from flask import Blueprint, abort, request

bp = Blueprint("pricing", __name__)


@bp.post("/pricing/preview")
def preview():
    payload = request.get_json(force=True)
    base = Decimal(str(payload.get("base", "0")))
    adjustment = payload.get("adjustment", "0")
    try:
        delta = eval(adjustment, {"__builtins__": {}}, {"base": float(base)})  # expect: code-injection
    except Exception:
        abort(400)
    return {"price": str(base + Decimal(str(delta)))}
