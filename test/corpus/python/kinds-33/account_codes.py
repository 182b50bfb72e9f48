# corpus: path=accounts/codes.py
"""One-time codes, invite links and export links for the accounts service."""
import hashlib
import logging
import random
import secrets
import string
import time
from datetime import datetime, timedelta, timezone

import numpy as np
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.mail import send_mail

from .models import EmailChange, Export, Invite, LoginCode

log = logging.getLogger(__name__)
CODE_TTL = timedelta(minutes=10)
READABLE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def send_login_code(user) -> None:
    # The six digits are the whole second factor for accounts without an authenticator app.
    digits = np.random.randint(0, 10, size=6)  # expect: insecure-random
    code = "".join(str(d) for d in digits)
    LoginCode.objects.create(user=user, code_hash=hashlib.sha256(code.encode()).hexdigest(), expires_at=datetime.now(timezone.utc) + CODE_TTL)
    send_mail("Your sign-in code", f"Your code is {code}. It expires in 10 minutes.", None, [user.email])


def send_recovery_code(user) -> None:
    code = f"{secrets.randbelow(10**6):06d}"  # ok: insecure-random
    LoginCode.objects.create(user=user, code_hash=hashlib.sha256(code.encode()).hexdigest(), expires_at=datetime.now(timezone.utc) + CODE_TTL)
    send_mail("Your recovery code", f"Your recovery code is {code}.", None, [user.email])


def start_email_change(user, new_email: str) -> EmailChange:
    # Confirming the link moves the account to new_email, so the token is a credential.
    token = hashlib.sha256(f"{user.pk}:{new_email}:{time.time()}".encode()).hexdigest()  # expect: insecure-random
    change = EmailChange.objects.create(user=user, new_email=new_email, token=token)
    send_mail("Confirm your new address", f"{settings.SITE_URL}/email/confirm/{token}", None, [new_email])
    return change


class InviteCodes:
    """Team invites: the code alone lets anyone join the team as a member."""

    _rng = random.Random()

    def __init__(self, length: int = 10):
        self.length = length

    def _draw(self) -> str:
        return "".join(map(lambda _: self._rng.choice(READABLE), range(self.length)))  # expect: insecure-random

    def create(self, team, inviter) -> Invite:
        return Invite.objects.create(team=team, invited_by=inviter, code=self._draw())


class Vouchers:
    """Printed vouchers for conference attendees; redeeming one unlocks a paid plan for a year."""

    def __init__(self):
        self.rng = random.Random(int(time.time()))

    def batch(self, count: int) -> list[str]:
        return ["-".join("".join(self.rng.choices(READABLE, k=4)) for _ in range(3)) for _ in range(count)]  # expect: insecure-random


def export_ready(user, rows: list[dict]) -> str:
    # The export link is sent by mail and opens without a login, so its name is what protects it.
    name = "exports/%s-%08x.csv" % (datetime.now(timezone.utc).strftime("%Y%m%d"), random.getrandbits(32))  # expect: insecure-random
    body = "\n".join(",".join(str(v) for v in r.values()) for r in rows)
    default_storage.save(name, ContentFile(body.encode()))
    Export.objects.create(user=user, path=name)
    return f"{settings.MEDIA_URL}{name}"


def private_export(user, rows: list[dict]) -> str:
    name = f"exports/{secrets.token_urlsafe(24)}.csv"  # ok: insecure-random
    body = "\n".join(",".join(str(v) for v in r.values()) for r in rows)
    default_storage.save(name, ContentFile(body.encode()))
    Export.objects.create(user=user, path=name)
    return f"{settings.MEDIA_URL}{name}"


def team_invite_code() -> str:
    rng = random.SystemRandom()
    return "".join(rng.choice(READABLE) for _ in range(12))  # ok: insecure-random


def retry_delay(attempt: int) -> float:
    # Spread mail retries so a provider outage does not end in a thundering herd.
    return min(300.0, 2**attempt) * random.uniform(0.5, 1.5)  # ok: insecure-random


def sample_for_review(codes: list[LoginCode], share: float = 0.01) -> list[LoginCode]:
    # Pick a few sign-ins for the fraud team's manual review.
    k = max(1, int(len(codes) * share))
    return random.sample(codes, k)  # ok: insecure-random


def demo_account_suffix() -> str:
    # Demo workspaces get a readable name like demo-bright-otter; it is shown, never secret.
    adjectives = ["bright", "calm", "eager", "quiet", "swift"]
    animals = ["otter", "heron", "lynx", "wren", "bison"]
    return f"demo-{random.choice(adjectives)}-{random.choice(animals)}"  # ok: insecure-random


def temporary_password() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(16))  # ok: insecure-random
