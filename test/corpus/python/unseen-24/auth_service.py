# corpus: path=app/security/accounts.py
"""Account security helpers: passwords, one-time codes, API tokens."""
import hashlib
import hmac
import random
import secrets
from datetime import datetime, timedelta, timezone

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from app.config import settings
from app.models import ApiToken, LoginCode, User, db_session

_hasher = PasswordHasher()


def set_password(user: User, password: str) -> None:
    user.password_hash = _hasher.hash(password)
    db_session.commit()


def verify_password(user: User, password: str) -> bool:
    if user.password_hash.startswith("md5$"):
        legacy = hashlib.md5(password.encode()).hexdigest()  # expect: weak-hash
        if legacy == user.password_hash[4:]:
            set_password(user, password)
            return True
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except VerifyMismatchError:
        return False


def issue_login_code(user: User) -> str:
    code = f"{random.randint(0, 999999):06d}"  # expect: insecure-random
    db_session.add(LoginCode(user_id=user.id, code=code, expires_at=datetime.now(timezone.utc) + timedelta(minutes=10)))
    db_session.commit()
    return code


def issue_backup_codes(user: User, count: int = 8) -> list[str]:
    codes = [f"{secrets.randbelow(10**8):08d}" for _ in range(count)]  # ok: insecure-random
    user.backup_code_hashes = [_hasher.hash(c) for c in codes]
    db_session.commit()
    return codes


def check_login_code(user: User, submitted: str) -> bool:
    row = db_session.query(LoginCode).filter_by(user_id=user.id).order_by(LoginCode.id.desc()).first()
    if row is None or row.expires_at < datetime.now(timezone.utc):
        return False
    return hmac.compare_digest(row.code, submitted)  # ok: timing-unsafe-comparison


def issue_api_token(user: User, label: str) -> str:
    raw = secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, label=label, digest=hashlib.sha256(raw.encode()).hexdigest())
    db_session.add(token)
    db_session.commit()
    return raw


def find_api_token(raw: str) -> ApiToken | None:
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return db_session.query(ApiToken).filter_by(digest=digest, revoked=False).first()


def avatar_etag(image_bytes: bytes) -> str:
    return hashlib.md5(image_bytes, usedforsecurity=False).hexdigest()  # ok: weak-hash


def cache_key(user_id: int, page: str) -> str:
    return hashlib.sha1(f"{user_id}:{page}".encode()).hexdigest()  # ok: weak-hash


def decode_session_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, settings.JWT_SECRET, algorithms=[header["alg"]])  # expect: jwt-weak


def decode_refresh_token(token: str) -> dict:
    return jwt.decode(token, settings.JWT_SECRET, algorithms=["HS256"], audience="refresh")  # ok: jwt-weak


def verify_unsubscribe_link(user: User, sig: str) -> bool:
    expected = hmac.new(settings.LINK_SECRET.encode(), str(user.id).encode(), hashlib.sha256).hexdigest()
    return sig == expected  # expect: timing-unsafe-comparison
