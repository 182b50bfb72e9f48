# corpus: path=app/auth/tokens.py
import os

import jwt

from app.models import User

SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]


def user_from_token(token):
    claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"])  # ok: jwt-weak
    return User.query.get(claims["sub"])
