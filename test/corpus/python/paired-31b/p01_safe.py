# corpus: path=app/pricing/rules.py
import ast

from flask import Blueprint, jsonify, request

bp = Blueprint("pricing", __name__)


class DiscountRule:
    def __init__(self, expression):
        self.expression = expression

    def apply(self, subtotal):
        percent = ast.literal_eval(self.expression)  # ok: code-injection
        if not isinstance(percent, (int, float)) or not 0 <= percent <= 100:
            raise ValueError("discount must be a percentage")
        return subtotal * (100 - percent) / 100


@bp.post("/pricing/preview")
def preview():
    rule = DiscountRule(request.json["rule"])
    return jsonify(total=rule.apply(float(request.json["subtotal"])))
