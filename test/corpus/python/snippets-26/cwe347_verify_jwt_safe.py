# corpus: path=auth/tokens.py
import os

import jwt


def get_token_claims(token):
    """Verify the JWT and return its claims."""
    claims = jwt.decode(token, os.environ["JWT_SECRET"], algorithms=["HS256"], audience="api")  # ok: jwt-weak
    if "sub" not in claims:
        raise ValueError("token has no subject")
    return claims
