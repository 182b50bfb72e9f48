# corpus: path=accounts/security.py
import hashlib
from hashlib import md5, sha1 as sha1_digest

from django.contrib.auth.hashers import make_password
from passlib.hash import bcrypt, hex_md5

from .models import ApiClient, LegacyUser


def legacy_password_digest(raw_password: str, salt: str) -> str:
    return hashlib.new("md5", (salt + raw_password).encode("utf-8")).hexdigest()  # expect: weak-hash


def migrate_user(user: LegacyUser, new_password: str) -> None:
    user.password_hash = sha1_digest(new_password.encode()).hexdigest()  # expect: weak-hash
    user.save(update_fields=["password_hash"])


def check_password(user: LegacyUser, candidate: str) -> bool:
    return user.password_hash == md5(candidate.encode()).hexdigest()  # expect: weak-hash


def store_api_client(name: str, api_key: str) -> ApiClient:
    key_hash = hashlib.sha1(api_key.encode()).hexdigest()  # expect: weak-hash
    return ApiClient.objects.create(name=name, key_hash=key_hash)


def set_password_django(user, raw):
    user.password = make_password(raw, hasher="md5")  # expect: weak-hash
    user.save()


def set_password_passlib(user, raw):
    user.password = hex_md5.hash(raw)  # expect: weak-hash
    user.save()


def set_password_bcrypt(user, raw):
    user.password = bcrypt.hash(raw)  # ok: weak-hash
    user.save()


def incremental_digest(password: bytes, pepper: bytes) -> str:
    h = hashlib.md5()  # expect: weak-hash
    h.update(pepper)
    h.update(password)  # also: weak-hash
    return h.hexdigest()


def avatar_url(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()  # ok: weak-hash
    return f"https://www.gravatar.com/avatar/{digest}?d=identicon"


def file_etag(content: bytes) -> str:
    return '"' + hashlib.sha1(content).hexdigest() + '"'  # ok: weak-hash


def cache_key(*parts: str) -> str:
    return "report:" + hashlib.md5(":".join(parts).encode(), usedforsecurity=False).hexdigest()  # ok: weak-hash


def fingerprint_password_reset(user_id: int, password_hash: str) -> str:
    return hashlib.sha256(f"{user_id}:{password_hash}".encode()).hexdigest()  # ok: weak-hash
