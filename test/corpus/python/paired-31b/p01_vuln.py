# corpus: path=app/pricing/rules.py
from flask import Blueprint, jsonify, request

bp = Blueprint("pricing", __name__)


class DiscountRule:
    def __init__(self, expression):
        self.expression = expression

    def apply(self, subtotal):
        return eval(self.expression, {"__builtins__": {}}, {"subtotal": subtotal})  # expect: code-injection


@bp.post("/pricing/preview")
def preview():
    rule = DiscountRule(request.json["rule"])
    return jsonify(total=rule.apply(float(request.json["subtotal"])))
