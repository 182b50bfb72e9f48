# corpus: path=app/calculator.py
"""Price-rule calculator: staff type a formula applied to the base price."""
import re

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("calculator", __name__)

ARITHMETIC = re.compile(r"[0-9\s+*/().-]+")
LOOSE = re.compile(r"[0-9\s+*/().-]+")


@bp.post("/rules/preview")
def preview():
    formula = request.json.get("formula", "")
    if not ARITHMETIC.fullmatch(formula):
        abort(422)
    price = float(request.json.get("price", 0))
    return jsonify(value=eval(f"{price} * ({formula})"))  # ok: code-injection


@bp.post("/rules/try")
def try_rule():
    formula = request.json.get("formula", "")
    if not LOOSE.match(formula):
        abort(422)
    return jsonify(value=eval(formula))  # expect: code-injection
