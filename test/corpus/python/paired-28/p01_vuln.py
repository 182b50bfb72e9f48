# corpus: path=app/auth/tokens.py
import jwt

from app.models import User


def user_from_token(token):
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak
    return User.query.get(claims["sub"])
