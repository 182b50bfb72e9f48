# corpus: path=app/calc.py
import ast


def evaluate_setting(raw_value):
    """Turn a value typed into the settings form into a Python value."""
    return ast.literal_eval(raw_value)  # ok: code-injection
