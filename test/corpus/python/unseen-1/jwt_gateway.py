# corpus: path=gateway/auth.py
import os

import jwt
from jose import jwt as jose_jwt
from flask import g, request, abort

PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()
JWKS = {}


def current_user_claims():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": True})  # expect: jwt-weak
    g.user_id = claims["sub"]
    return claims


def partner_claims(token: str):
    decoder = jwt.PyJWT()
    return decoder.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False})  # expect: jwt-weak


def mobile_claims(token: str):
    return jose_jwt.decode(token, PUBLIC_KEY, options={"verify_signature": False})  # expect: jwt-weak


def legacy_claims(token: str):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "HS256", "none"])  # expect: jwt-weak


def service_token(payload: dict) -> str:
    return jwt.encode(payload, None, algorithm="none")  # expect: jwt-weak


def verified_claims(token: str):
    header = jwt.get_unverified_header(token)  # ok: jwt-weak
    key = JWKS[header["kid"]]
    return jwt.decode(token, key, algorithms=["RS256"], audience="api://orders")  # ok: jwt-weak


def verified_claims_jose(token: str):
    return jose_jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_aud": False})  # ok: jwt-weak


def require_admin():
    claims = jose_jwt.get_unverified_claims(request.cookies["id_token"])  # expect: jwt-weak
    if claims.get("role") != "admin":
        abort(403)
