"""Account security helpers: passwords, one-time codes, API tokens."""
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from app.models import ApiToken, User, db_session

_hasher = PasswordHasher()


def set_password(user: User, password: str) -> None:
    user.password_hash = _hasher.hash(password)
    db_session.commit()


def verify_password(user: User, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash, password)
    except VerifyMismatchError:
        return False


def issue_api_token(user: User, label: str) -> str:
    raw = secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, label=label, digest=hashlib.sha256(raw.encode()).hexdigest())
    db_session.add(token)
    db_session.commit()
    return raw


def find_api_token(raw: str) -> ApiToken | None:
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return db_session.query(ApiToken).filter_by(digest=digest, revoked=False).first()
