# corpus: path=app/internal/auth.py
import functools
import hmac

from flask import abort, current_app, request


def internal_only(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Internal-Token", "")
        if not hmac.compare_digest(supplied.encode(), current_app.config["INTERNAL_API_TOKEN"].encode()):  # ok: timing-unsafe-comparison
            abort(401)
        return view(*args, **kwargs)

    return wrapper
