# corpus: path=app/accounts/hashers.py
import base64
import hashlib
import hmac
import secrets

PBKDF2_ITERATIONS = 600_000
LEGACY_ITERATIONS = 1_000


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)  # ok: weak-hash
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def hash_password_fast(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, LEGACY_ITERATIONS)  # expect: weak-hash
    return f"pbkdf2_sha256${LEGACY_ITERATIONS}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, encoded: str) -> bool:
    _, iterations, salt_b64, digest_b64 = encoded.split("$")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt_b64), int(iterations))  # ok: weak-hash
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def derive_export_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha1", passphrase.encode(), salt, 4096, dklen=32)  # expect: weak-hash


def derive_export_key_v2(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(passphrase.encode(), salt=salt, n=2**15, r=8, p=1, dklen=32)  # ok: weak-hash
