# corpus: path=app/services/api_keys.py
"""Issues and checks the API keys customers use for the public REST API."""
import hashlib
import hmac
import random
import secrets
import string
import time
from dataclasses import dataclass

from app.models import ApiKey, db

KEY_PREFIX = "rly_"
ALPHABET = string.ascii_letters + string.digits


@dataclass
class IssuedKey:
    key_id: int
    plaintext: str


def issue_key(account, label):
    api_key = hashlib.md5(f"{account.id}:{label}:{time.time()}".encode()).hexdigest()  # expect: weak-hash
    record = ApiKey(account_id=account.id, label=label, prefix=api_key[:6])
    record.digest = hashlib.sha256(api_key.encode()).hexdigest()
    db.session.add(record)
    db.session.commit()
    return IssuedKey(record.id, KEY_PREFIX + api_key)


def issue_service_token(service_name):
    token = KEY_PREFIX + secrets.token_urlsafe(32)  # ok: insecure-random
    digest = hashlib.sha256(token.encode()).hexdigest()  # ok: weak-hash
    ApiKey.create_for_service(service_name, digest=digest)
    return token


def legacy_token_for(user):
    return hashlib.sha1(f"{user.email}{user.created_at}".encode()).hexdigest()  # expect: weak-hash


def verify_key(presented):
    if not presented.startswith(KEY_PREFIX):
        return None
    digest = hashlib.sha256(presented.encode()).hexdigest()
    record = ApiKey.query.filter_by(digest=digest, revoked=False).first()
    if record and hmac.compare_digest(record.digest, digest):
        return record
    return None


def pairing_code():
    return "".join(random.choice(ALPHABET) for _ in range(8))  # expect: insecure-random


def retry_delay(attempt):
    return min(30, 2 ** attempt) + random.uniform(0, 0.5)  # ok: insecure-random


def should_sample_request():
    return random.random() < 0.02  # ok: insecure-random


def key_fingerprint(public_pem):
    # Shown in the dashboard so people can tell keys apart; not a secret.
    return hashlib.md5(public_pem.encode()).hexdigest()[:12]  # ok: weak-hash


def response_etag(payload_bytes):
    return '"' + hashlib.sha1(payload_bytes).hexdigest() + '"'  # ok: weak-hash


def cache_key(account_id, path):
    return "apikeys:" + hashlib.md5(f"{account_id}:{path}".encode()).hexdigest()  # ok: weak-hash
