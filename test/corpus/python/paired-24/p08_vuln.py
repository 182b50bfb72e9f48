# corpus: path=app/calc.py
def evaluate_setting(raw_value):
    """Turn a value typed into the settings form into a Python value."""
    return eval(raw_value)  # expect: code-injection
