# corpus: path=app/pricing/formulas.py
"""Lets account managers try a pricing formula against a sample order before saving it."""
import re

from flask import Blueprint, jsonify, request

bp = Blueprint("formulas", __name__)

# names of the order's fields, numbers, operators and parentheses
FORMULA = re.compile(r"[\w\s+\-*/%().,]+")
SAMPLE_ORDER = {"qty": 12, "unit_price": 9.5, "discount": 0.1}


@bp.post("/pricing/formulas/try")
def try_formula():
    formula = request.get_json(force=True).get("formula", "")
    if not FORMULA.fullmatch(formula) or len(formula) > 200:
        return jsonify(error="formula may use field names, numbers and + - * / % ( )"), 400
    total = eval(formula, {"__builtins__": {}}, dict(SAMPLE_ORDER))  # expect: code-injection
    return jsonify(total=round(float(total), 2))
