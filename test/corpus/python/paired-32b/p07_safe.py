# corpus: path=app/auth/tokens.py
import jwt
from flask import current_app


def read_access_token(token: str) -> dict:
    return jwt.decode(  # ok: jwt-weak
        token,
        current_app.config["JWT_PUBLIC_KEY"],
        algorithms=["RS256"],
        audience="orders-api",
    )
