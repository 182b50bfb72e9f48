# corpus: path=auth/tokens.py
import jwt


def get_token_claims(token):
    """Verify the JWT and return its claims."""
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak
    if "sub" not in claims:
        raise ValueError("token has no subject")
    return claims
