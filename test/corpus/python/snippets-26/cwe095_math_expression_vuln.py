# corpus: path=calc/service.py


def evaluate_expression(expression):
    """Run the user's math expression and return the result."""
    try:
        return eval(expression)  # expect: code-injection
    except (SyntaxError, ZeroDivisionError):
        return None
