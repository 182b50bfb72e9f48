# corpus: path=app/auth/tokens.py
import jwt


def current_user_id(token):
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak
    return claims["sub"]
