# corpus: path=accounts/tokens.py
import base64
import hashlib
import hmac
import os
import random
import secrets
import string
import time

import jwt
from django.contrib.auth.hashers import make_password
from cryptography.fernet import Fernet
from itsdangerous import URLSafeTimedSerializer

SIGNING_KEY = os.environ["SIGNING_KEY"]
serializer = URLSafeTimedSerializer(SIGNING_KEY, salt="email-confirm")
legacy_serializer = URLSafeTimedSerializer("k3y-for-email-links-2019", salt="email-confirm")  # expect: hardcoded-secret
fernet = Fernet(os.environ["FERNET_KEY"].encode())


def email_confirmation_token(user_id: int) -> str:
    return serializer.dumps({"uid": user_id})


def magic_link_code() -> str:
    alphabet = string.ascii_uppercase + string.digits
    return "".join(random.SystemRandom().choice(alphabet) for _ in range(8))  # ok: insecure-random


def invite_token() -> str:
    seed = f"{time.time()}-{random.random()}"  # expect: insecure-random
    return hashlib.sha1(seed.encode()).hexdigest()  # expect: weak-hash


def api_secret() -> str:
    return base64.b32encode(os.urandom(20)).decode()  # ok: insecure-random


def one_time_pin() -> str:
    return "%06d" % random.randrange(1_000_000)  # expect: insecure-random


def store_password(user, raw: str) -> None:
    user.password = make_password(raw, hasher="sha1")  # expect: weak-hash
    user.save(update_fields=["password"])


def verify_webhook(body: bytes, signature: str) -> bool:
    expected = hmac.new(SIGNING_KEY.encode(), body, hashlib.sha256).hexdigest()  # ok: weak-hash
    return hmac.compare_digest(expected, signature)


def avatar_etag(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()  # ok: weak-hash


def decode_session(token: str) -> dict:
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256", "none"])  # expect: jwt-weak


def issue_session(user_id: int) -> str:
    return jwt.encode({"sub": user_id, "iat": int(time.time())}, SIGNING_KEY, algorithm="HS256")  # ok: hardcoded-secret
