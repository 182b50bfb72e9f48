# corpus: path=accounts/tokens.py
"""Password reset, e-mail verification and team invite tokens."""
import hashlib
import hmac
import random
import secrets
import string
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.signing import TimestampSigner

from accounts.models import Invite, PasswordReset

RESET_TTL = timedelta(hours=2)
INVITE_TTL = timedelta(days=7)
TOKEN_ALPHABET = string.ascii_letters + string.digits
RESET_TOKEN_PARAM = "reset_token"  # ok: hardcoded-secret
INVITE_HEADER = "X-Invite-Token"  # ok: hardcoded-secret


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_password_reset(user) -> str:
    token = "".join(random.choice(TOKEN_ALPHABET) for _ in range(40))  # expect: insecure-random
    PasswordReset.objects.create(
        user=user,
        token_hash=_digest(token),
        expires_at=datetime.now(timezone.utc) + RESET_TTL,
    )
    return token


def issue_invite(team, email: str) -> tuple[Invite, str]:
    code = secrets.token_urlsafe(24)  # ok: insecure-random
    return Invite.objects.create(
        team=team,
        email=email.lower(),
        code_hash=_digest(code),
        public_id=uuid.uuid4().hex,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    ), code


def login_otp() -> str:
    return f"{random.randint(0, 999999):06d}"  # expect: insecure-random


def verify_email_link(user) -> str:
    signer = TimestampSigner(salt="accounts.verify-email")
    return signer.sign(str(user.pk))


def legacy_password_matches(user, raw_password: str) -> bool:
    stored = user.legacy_password_hash
    candidate = hashlib.sha1((user.legacy_salt + raw_password).encode()).hexdigest()  # expect: weak-hash
    return hmac.compare_digest(stored, candidate)


def avatar_url(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()  # ok: weak-hash
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"


def retry_delay(attempt: int) -> float:
    return min(30.0, 2**attempt) + random.uniform(0, 0.5)  # ok: insecure-random


def sample_for_audit(resets: list, rate: float = 0.05) -> list:
    return [r for r in resets if random.random() < rate]  # ok: insecure-random


def webhook_signature(payload: bytes) -> str:
    return hmac.new(settings.WEBHOOK_SIGNING_KEY.encode(), payload, hashlib.sha256).hexdigest()
