# corpus: path=app/auth/decorators.py
import functools

import jwt
from flask import abort, g, request

from app.users import load_user


def require_user(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        claims = jwt.decode(header[7:], options={"verify_signature": False})  # expect: jwt-weak
        g.user = load_user(claims["sub"])
        return view(*args, **kwargs)
    return wrapper
