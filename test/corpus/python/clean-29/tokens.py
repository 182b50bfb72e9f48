# corpus: path=ledger/security/tokens.py
"""Tokens, API keys and content hashes.

Raw tokens are shown to the user once and only their SHA-256 is stored: a lookup by hash
needs no salt because the token itself carries 256 bits of entropy.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

API_KEY_PREFIX = "ldg_live_"
TEST_KEY_PREFIX = "ldg_test_"
RESET_TOKEN_BYTES = 32

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


@dataclass(frozen=True)
class IssuedKey:
    raw: str
    prefix: str
    digest: str


def new_api_key(test_mode: bool = False) -> IssuedKey:
    prefix = TEST_KEY_PREFIX if test_mode else API_KEY_PREFIX
    raw = prefix + secrets.token_urlsafe(32)
    return IssuedKey(raw=raw, prefix=raw[:16], digest=digest_token(raw))


def digest_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()  # ok: weak-hash


def tokens_match(raw: str, stored_digest: str) -> bool:
    return hmac.compare_digest(digest_token(raw), stored_digest)


def new_reset_token() -> str:
    return secrets.token_urlsafe(RESET_TOKEN_BYTES)


def new_invite_code() -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(3))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except VerifyMismatchError:
        return False


def needs_rehash(stored: str) -> bool:
    return _hasher.check_needs_rehash(stored)


def etag_for(payload: dict) -> str:
    body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
    return '"' + hashlib.md5(body, usedforsecurity=False).hexdigest() + '"'  # ok: weak-hash


def asset_fingerprint(content: bytes) -> str:
    return hashlib.sha1(content, usedforsecurity=False).hexdigest()[:10]  # ok: weak-hash


def cache_key(*parts: str) -> str:
    joined = "\x1f".join(parts)
    return "ledger:" + hashlib.blake2b(joined.encode(), digest_size=16).hexdigest()


def gravatar_url(email: str, size: int = 80) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()  # ok: weak-hash
    return f"https://www.gravatar.com/avatar/{digest}?s={size}&d=identicon"


def sign_download(secret: bytes, object_key: str, expires_at: int) -> str:
    message = f"{object_key}:{expires_at}".encode()
    mac = hmac.new(secret, message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def verify_download(secret: bytes, object_key: str, expires_at: int, signature: str) -> bool:
    return hmac.compare_digest(sign_download(secret, object_key, expires_at), signature)


def request_id() -> str:
    return uuid.uuid4().hex


def csp_nonce() -> str:
    return base64.b64encode(secrets.token_bytes(16)).decode()
