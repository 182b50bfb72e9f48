# corpus: path=app/auth/tokens.py
import os

import jwt


def current_user_id(token):
    claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"])  # ok: jwt-weak
    return claims["sub"]
