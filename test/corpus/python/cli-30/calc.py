# corpus: path=scripts/calc.py
"""A small interactive calculator for the support team's spreadsheets."""
import ast
import math
import operator

SAFE_NAMES = {"pi": math.pi, "e": math.e, "sqrt": math.sqrt, "round": round}
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def evaluate(expr: str):
    return eval(expr, {"__builtins__": {}}, SAFE_NAMES)  # expect: code-injection


def parse_number(text: str) -> float:
    return float(ast.literal_eval(text.strip()))  # ok: code-injection


def repl() -> None:
    print("Type an expression, or 'quit' to leave.")
    while True:
        line = input("> ")
        if line.strip() in {"quit", "exit"}:
            break
        try:
            print(eval(line))  # expect: code-injection
        except Exception as exc:  # noqa: BLE001 - show the error and keep going
            print(f"error: {exc}")


def two_numbers() -> None:
    a = parse_number(input("first number: "))
    op = input("operator (+ - * /): ").strip()
    b = parse_number(input("second number: "))
    if op not in OPS:
        print("unknown operator")
        return
    print(OPS[op](a, b))


if __name__ == "__main__":
    repl()
