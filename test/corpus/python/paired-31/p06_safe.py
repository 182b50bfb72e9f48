# corpus: path=app/auth/decorators.py
import functools
import os

import jwt
from flask import abort, g, request

from app.users import load_user

JWKS = jwt.PyJWKClient(os.environ["AUTH_JWKS_URL"])


def require_user(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        token = header[7:]
        key = JWKS.get_signing_key_from_jwt(token).key
        claims = jwt.decode(token, key, algorithms=["RS256"], audience="api.example.com")  # ok: jwt-weak
        g.user = load_user(claims["sub"])
        return view(*args, **kwargs)
    return wrapper
