# corpus: path=app/pricing/calculator.py
"""A quick calculator in the pricing tool: arithmetic on numbers only."""
import re

from flask import Blueprint, jsonify, request

bp = Blueprint("calculator", __name__)

ARITHMETIC = r"[0-9\s+\-*/%().]+"


@bp.post("/pricing/calculate")
def calculate():
    expression = request.get_json(force=True).get("expression", "")
    if not re.fullmatch(ARITHMETIC, expression) or len(expression) > 100:
        return jsonify(error="numbers and + - * / % ( ) only"), 400
    value = eval(expression, {"__builtins__": {}}, {})  # ok: code-injection
    return jsonify(value=value)
