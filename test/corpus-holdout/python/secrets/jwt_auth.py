# corpus: path=api/auth/jwt.py
import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()
JWT_SECRET = os.environ["JWT_SECRET"]
ALGORITHM = "HS256"


def issue(user_id: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": user_id, "iat": now, "exp": now + timedelta(hours=1)}
    return jwt.encode(claims, JWT_SECRET, algorithm=ALGORITHM)  # ok: hardcoded-secret


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    try:
        claims = jwt.decode(creds.credentials, JWT_SECRET, algorithms=[ALGORITHM])  # ok: jwt-weak
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    return claims["sub"]


def peek_tenant(token: str) -> str | None:
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak
    return claims.get("tenant")


def user_from_refresh(token: str) -> str:
    claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256", "none"])  # expect: jwt-weak
    return claims["sub"]


def sign_webhook(payload: dict) -> str:
    return jwt.encode(payload, "webhook-signing-key-9f8e7d6c5b4a", algorithm="HS256")  # expect: hardcoded-secret
