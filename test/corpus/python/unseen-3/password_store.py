# corpus: path=accounts/passwords.py
import hashlib
import hmac
import os

import bcrypt
from cryptography.hazmat.primitives import hashes
from passlib.hash import argon2, md5_crypt, sha256_crypt


def hash_password_legacy(password: str) -> str:
    return hashlib.new("md5", password.encode("utf-8")).hexdigest()  # expect: weak-hash


def hash_password_sha1(password: str, salt: str) -> str:
    h = hashlib.sha1()  # expect: weak-hash
    h.update(salt.encode())  # also: weak-hash
    h.update(password.encode())  # also: weak-hash
    return h.hexdigest()


def hash_password_crypt(password: str) -> str:
    return md5_crypt.hash(password)  # expect: weak-hash


def hash_password_modern(password: str) -> str:
    return argon2.hash(password)  # ok: weak-hash


def hash_password_bcrypt(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())  # ok: weak-hash


def hash_password_sha256crypt(password: str) -> str:
    return sha256_crypt.using(rounds=535000).hash(password)  # ok: weak-hash


def verify_api_key(presented: str, stored_digest: str) -> bool:
    digest = hashlib.md5(presented.encode()).hexdigest()  # expect: weak-hash
    return hmac.compare_digest(digest, stored_digest)


def sign_payload(secret: bytes, payload: bytes) -> str:
    return hmac.new(secret, payload, hashlib.md5).hexdigest()  # expect: weak-hash


def sign_payload_sha256(secret: bytes, payload: bytes) -> str:
    return hmac.new(secret, payload, digestmod="sha256").hexdigest()  # ok: weak-hash


def fingerprint_document(content: bytes) -> str:
    return hashlib.sha1(content).hexdigest()  # ok: weak-hash


def cache_key(url: str) -> str:
    return hashlib.md5(url.encode("utf-8")).hexdigest()  # ok: weak-hash


def etag_for(blob: bytes) -> str:
    return '"' + hashlib.new("md5", blob, usedforsecurity=False).hexdigest() + '"'  # ok: weak-hash


def password_digest(password: str) -> bytes:
    digest = hashes.Hash(hashes.MD5())  # expect: weak-hash
    digest.update(password.encode())
    return digest.finalize()


def reset_token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()  # ok: weak-hash


def new_salt() -> str:
    return os.urandom(16).hex()
