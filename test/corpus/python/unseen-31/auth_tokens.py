# corpus: path=accounts/tokens.py
import hashlib
import hmac
import logging
import os
import random
import string
import time

import jwt
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

log = logging.getLogger("accounts.tokens")

JWT_PUBLIC_KEY = open(os.environ.get("JWT_PUBLIC_KEY_FILE", "/etc/accounts/jwt.pub")).read()
WEBHOOK_SECRET = os.environ["BILLING_WEBHOOK_SECRET"].encode()

reset_signer = URLSafeTimedSerializer("dev-reset-secret-2f9a7c", salt="password-reset")  # expect: hardcoded-secret
invite_signer = URLSafeTimedSerializer(os.environ["SECRET_KEY"], salt="invite")  # ok: hardcoded-secret


def issue_reset_link(user):
    token = reset_signer.dumps({"uid": user.id})
    log.info("password reset link issued for %s: token=%s", user.email, token)  # expect: sensitive-logging
    return f"https://accounts.example.com/reset/{token}"


def issue_invite_link(team, email):
    token = invite_signer.dumps({"team": team.id, "email": email})
    log.info("invite issued for team %s to %s", team.id, email)  # ok: sensitive-logging
    return f"https://accounts.example.com/invite/{token}"


def read_reset_token(token):
    try:
        return reset_signer.loads(token, max_age=3600)
    except SignatureExpired:
        return None
    except BadSignature:
        return None


def claims_from_header(auth_header):
    token = auth_header.removeprefix("Bearer ").strip()
    return jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak


def verified_claims(auth_header):
    token = auth_header.removeprefix("Bearer ").strip()
    return jwt.decode(token, JWT_PUBLIC_KEY, algorithms=["RS256"], audience="accounts")  # ok: jwt-weak


def token_kid(auth_header):
    token = auth_header.removeprefix("Bearer ").strip()
    return jwt.get_unverified_header(token).get("kid")  # ok: jwt-weak


def one_time_code(length=6):
    return "".join(random.choice(string.digits) for _ in range(length))  # expect: insecure-random


def backoff_jitter(attempt):
    return min(30, 2 ** attempt) + random.uniform(0, 1)  # ok: insecure-random


def recovery_code_digest(code):
    return hashlib.sha1(code.encode()).hexdigest()  # expect: weak-hash


def avatar_cache_key(email):
    return hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()  # ok: weak-hash


def webhook_is_authentic(body, signature_header):
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return signature_header == expected  # expect: timing-unsafe-comparison


def webhook_is_authentic_v2(body, signature_header):
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(signature_header, expected)  # ok: timing-unsafe-comparison


def webhook_is_fresh(timestamp_header, tolerance=300):
    return abs(time.time() - int(timestamp_header)) <= tolerance
