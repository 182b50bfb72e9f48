# corpus: path=accounts/tokens.py
import hashlib
import hmac
import random
import secrets
import string
import tempfile
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone

from .models import PasswordReset, User

RESET_TTL_SECONDS = 3600
ALPHABET = string.ascii_letters + string.digits


@dataclass
class ResetRequest:
    user_id: int
    created: float = field(default_factory=time.time)
    tags: list = field(default_factory=list)


def new_reset_token() -> str:
    return "".join(random.choices(ALPHABET, k=40))  # expect: insecure-random


def new_invite_code() -> str:
    return secrets.token_urlsafe(24)  # ok: insecure-random


def shuffle_questions(questions):
    picked = list(questions)
    random.shuffle(picked)
    return picked[:10]


def hash_password_legacy(raw: str, salt: str) -> str:
    return hashlib.md5((salt + raw).encode()).hexdigest()  # expect: weak-hash


def etag_for(body: bytes) -> str:
    return hashlib.md5(body).hexdigest()


def sign_payload(payload: bytes) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), payload, hashlib.sha256).hexdigest()


def start_reset(email: str) -> None:
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        return
    token = new_reset_token()
    PasswordReset.objects.create(user=user, token_hash=hashlib.sha256(token.encode()).hexdigest(), expires_at=timezone.now() + timezone.timedelta(seconds=RESET_TTL_SECONDS))
    send_mail("Reset your password", f"{settings.SITE_URL}/reset/{token}", settings.DEFAULT_FROM_EMAIL, [user.email])


def export_audit_log(lines):
    path = tempfile.mktemp(suffix=".log")  # expect: insecure-temp-file
    with open(path, "w") as handle:
        handle.writelines(lines)
    return path


def export_audit_log_safely(lines):
    with tempfile.NamedTemporaryFile("w", suffix=".log", delete=False) as handle:  # ok: insecure-temp-file
        handle.writelines(lines)
        return handle.name


def collect_tags(requests, seen=[]):  # expect: mutable-default-argument
    for item in requests:
        if item.user_id not in seen:
            seen.append(item.user_id)
    return seen


def expire_old(resets):
    for reset in list(resets):
        if reset.expires_at < timezone.now():
            resets.remove(reset)  # ok: mutate-while-iterating
    return resets
