# corpus: path=accounts/services/tokens.py
import hashlib
import hmac
import random
import secrets
import string
import time
import uuid
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import HTTPException, status

from accounts.config import settings
from accounts.models import PasswordReset, User

RESET_ALPHABET = string.ascii_letters + string.digits
RETRY_BASE_SECONDS = 0.5


def new_reset_code(user: User) -> PasswordReset:
    code = "".join(random.choice(RESET_ALPHABET) for _ in range(24))  # expect: insecure-random
    return PasswordReset(user_id=user.id, code=code, expires_at=datetime.now(timezone.utc) + timedelta(hours=1))


def new_api_key() -> str:
    return "ak_" + secrets.token_urlsafe(32)  # ok: insecure-random


def retry_delay(attempt: int) -> float:
    return RETRY_BASE_SECONDS * (2**attempt) + random.uniform(0, 0.25)  # ok: insecure-random


def request_id() -> str:
    return uuid.uuid4().hex


def hash_password(raw: str) -> str:
    return hashlib.md5(raw.encode("utf-8")).hexdigest()  # expect: weak-hash


def avatar_etag(image_bytes: bytes) -> str:
    return hashlib.md5(image_bytes).hexdigest()  # ok: weak-hash


def sign_webhook(body: bytes) -> str:
    return hmac.new(settings.webhook_secret.encode(), body, hashlib.sha256).hexdigest()


def issue_access_token(user: User) -> str:
    now = int(time.time())
    claims = {"sub": str(user.id), "iat": now, "exp": now + 900, "scope": " ".join(user.scopes)}
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")


def read_access_token(token: str) -> dict:
    try:
        return jwt.decode(token, settings.jwt_secret, algorithms=["HS256"])  # ok: jwt-weak
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def peek_refresh_claims(token: str) -> dict:
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak
    if claims.get("typ") != "refresh":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "not a refresh token")
    return claims


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:16]
