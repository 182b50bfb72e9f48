# corpus: path=pricing/rules.py
"""Discount rules configured by merchants in the dashboard."""
import ast
import operator
from decimal import Decimal

from flask import Blueprint, jsonify, request

bp = Blueprint("pricing_rules", __name__)

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}

DEFAULT_FORMULA = "subtotal * 0.9"


def _safe_eval(node, names):
    if isinstance(node, ast.Expression):
        return _safe_eval(node.body, names)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return Decimal(str(node.value))
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_safe_eval(node.left, names), _safe_eval(node.right, names))
    raise ValueError("unsupported expression")


@bp.post("/rules/preview")
def preview_rule():
    payload = request.get_json()
    formula = payload["formula"]
    subtotal = Decimal(str(payload["subtotal"]))
    price = eval(formula, {"__builtins__": {}}, {"subtotal": subtotal})  # expect: code-injection
    return jsonify(price=str(price))


@bp.post("/rules/preview-safe")
def preview_rule_safe():
    payload = request.get_json()
    tree = ast.parse(payload["formula"], mode="eval")
    price = _safe_eval(tree, {"subtotal": Decimal(str(payload["subtotal"]))})
    return jsonify(price=str(price))


@bp.get("/rules/default")
def default_rule():
    price = eval(DEFAULT_FORMULA, {}, {"subtotal": Decimal("100")})  # ok: code-injection
    return jsonify(formula=DEFAULT_FORMULA, example=str(price))


@bp.post("/rules/import")
def import_rules():
    raw = request.get_data(as_text=True)
    rules = ast.literal_eval(raw)  # ok: code-injection
    if not isinstance(rules, list):
        return jsonify(error="expected a list"), 400
    return jsonify(imported=len(rules))
