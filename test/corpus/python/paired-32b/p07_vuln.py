# corpus: path=app/auth/tokens.py
import jwt
from flask import current_app


def read_access_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    return jwt.decode(  # expect: jwt-weak
        token,
        current_app.config["JWT_PUBLIC_KEY"],
        algorithms=[header["alg"]],
        audience="orders-api",
    )
