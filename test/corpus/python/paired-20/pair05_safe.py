# corpus: path=app/calc/views.py
from flask import Blueprint, request

bp = Blueprint("calc", __name__)


@bp.post("/calc")
def calc():
    expr = request.form.get("expr", "0")
    num = 86
    if (7 * 42) - num > 200:
        code = "1 + 1"
    else:
        code = expr
    return {"result": eval(code)}  # ok: code-injection
