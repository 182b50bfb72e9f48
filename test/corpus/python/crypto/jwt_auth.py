# corpus: path=api/auth/jwt_auth.py
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()
JWT_SECRET = os.environ["JWT_SECRET"]
JWT_ALGORITHM = "HS256"


def issue_token(user_id: str) -> str:
    claims = {"sub": user_id, "exp": datetime.now(timezone.utc) + timedelta(hours=8)}
    return jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALGORITHM)  # ok: hardcoded-secret


def issue_service_token(service: str) -> str:
    claims = {"sub": service, "scope": "internal"}
    return jwt.encode(claims, "s3rv1ce-t0ken-k3y-2023", algorithm="HS256")  # expect: hardcoded-secret


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    try:
        claims = jwt.decode(creds.credentials, JWT_SECRET, algorithms=[JWT_ALGORITHM])  # ok: jwt-weak
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    return claims["sub"]


def peek_subject(token: str) -> str:
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak
    return claims.get("sub", "")


def legacy_user(token: str) -> str:
    claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256", "none"])  # expect: jwt-weak
    return claims["sub"]


def token_expiry(token: str) -> datetime:
    header = jwt.get_unverified_header(token)  # ok: jwt-weak
    if header.get("alg") != JWT_ALGORITHM:
        raise HTTPException(status_code=401, detail="unexpected algorithm")
    claims = jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALGORITHM])
    return datetime.fromtimestamp(claims["exp"], tz=timezone.utc)
