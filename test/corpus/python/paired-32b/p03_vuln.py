# corpus: path=app/api/errors.py
import functools
import traceback

from flask import jsonify


def json_errors(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        try:
            return view(*args, **kwargs)
        except Exception:
            return jsonify({"error": "internal error", "detail": traceback.format_exc()}), 500  # expect: error-exposure

    return wrapper
