# corpus: path=calc/service.py
import ast
import operator

_OPS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.USub: operator.neg,
}


def _walk(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_walk(node.left), _walk(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_walk(node.operand))
    raise ValueError("unsupported expression")


def evaluate_expression(expression):
    """Run the user's math expression and return the result."""
    try:
        return _walk(ast.parse(expression, mode="eval").body)  # ok: code-injection
    except (SyntaxError, ValueError, ZeroDivisionError):
        return None
