# corpus: path=pricing/rules.py
import ast
import operator
from decimal import Decimal

from pricing.models import PricingRule

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


def safe_arith(expr: str, variables: dict) -> Decimal:
    """Evaluates + - * / over numbers and known variable names, nothing else."""

    def visit(node):
        if isinstance(node, ast.Expression):
            return visit(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name) and node.id in variables:
            return Decimal(str(variables[node.id]))
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](visit(node.left), visit(node.right))
        raise ValueError(f"unsupported expression: {ast.dump(node)}")

    return visit(ast.parse(expr, mode="eval"))


def apply_rule(rule: PricingRule, cart) -> Decimal:
    variables = {"subtotal": cart.subtotal, "items": len(cart.items), "weight": cart.weight}
    return safe_arith(rule.formula, variables)


def apply_rule_legacy(rule: PricingRule, cart) -> Decimal:
    variables = {"subtotal": cart.subtotal, "items": len(cart.items), "weight": cart.weight}
    return Decimal(eval(rule.formula, {"__builtins__": {}}, variables))  # expect: code-injection


def parse_limits(raw: str) -> dict:
    return ast.literal_eval(raw)  # ok: code-injection


def load_hook(source: str):
    namespace: dict = {}
    exec(compile(source, "<pricing-hook>", "exec"), namespace)  # expect: code-injection
    return namespace.get("adjust")
