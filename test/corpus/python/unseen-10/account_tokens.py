# corpus: path=accounts/tokens.py
import random
import string
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from django.core.cache import cache
from django.core.mail import send_mail

from .models import PasswordReset, User

RESET_TTL = timedelta(hours=2)
OTP_TTL_SECONDS = 300
ALPHABET = string.ascii_letters + string.digits


@dataclass
class Challenge:
    user_id: int
    code: str
    expires_at: float


def create_password_reset(user: User) -> PasswordReset:
    token = "".join(random.choice(ALPHABET) for _ in range(48))  # expect: insecure-random
    return PasswordReset.objects.create(user=user, token=token, expires_at=datetime.now(timezone.utc) + RESET_TTL)


def send_login_code(user: User) -> Challenge:
    code = str(random.randint(100000, 999999))  # expect: insecure-random
    cache.set(f"otp:{user.pk}", code, OTP_TTL_SECONDS)
    send_mail("Your sign-in code", f"Your code is {code}", None, [user.email])
    return Challenge(user.pk, code, time.time() + OTP_TTL_SECONDS)


def new_invite_code() -> str:
    rng = random.Random()
    return "-".join("".join(rng.choices(string.ascii_uppercase, k=4)) for _ in range(3))  # expect: insecure-random


def new_request_id() -> str:
    return uuid.uuid4().hex  # ok: insecure-random


def sample_for_audit(events: list, rate: float = 0.05) -> list:
    return [e for e in events if random.random() < rate]  # ok: insecure-random


def shuffled_onboarding_tips(tips: list[str]) -> list[str]:
    tips = list(tips)
    random.shuffle(tips)  # ok: insecure-random
    return tips


def backoff_delay(attempt: int) -> float:
    return min(30.0, 2 ** attempt) * random.uniform(0.8, 1.2)  # ok: insecure-random


def pick_ab_bucket(user: User) -> str:
    rnd = random.Random(user.pk)
    return rnd.choice(["control", "variant-a", "variant-b"])  # ok: insecure-random


def demo_fixture_users(n: int) -> list[dict]:
    names = ["ada", "grace", "linus", "guido", "barbara"]
    return [{"username": f"{random.choice(names)}{i}", "age": random.randint(18, 80)} for i in range(n)]


def api_secret_for(client_name: str) -> str:
    secret = "%032x" % random.getrandbits(128)  # expect: insecure-random
    return f"{client_name}_{secret}"
