# corpus: path=app/internal/auth.py
import functools

from flask import abort, current_app, request


def internal_only(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Internal-Token", "")
        if supplied != current_app.config["INTERNAL_API_TOKEN"]:  # expect: timing-unsafe-comparison
            abort(401)
        return view(*args, **kwargs)

    return wrapper
