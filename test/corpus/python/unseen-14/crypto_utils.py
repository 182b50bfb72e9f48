# corpus: path=vault/crypto.py
import base64
import hashlib
import os
import tempfile

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FERNET = Fernet(os.environ["FIELD_ENCRYPTION_KEY"])
LEGACY_KEY = bytes.fromhex(os.environ["LEGACY_AES_KEY"])
CHUNK = 1 << 16


def encrypt_field(value: str) -> str:
    return FERNET.encrypt(value.encode()).decode()


def decrypt_field(token: str) -> str:
    return FERNET.decrypt(token.encode()).decode()


def legacy_encrypt(plaintext: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(LEGACY_KEY), modes.ECB()).encryptor()  # expect: weak-cipher
    return encryptor.update(data) + encryptor.finalize()


def modern_encrypt(plaintext: bytes) -> bytes:
    iv = os.urandom(16)
    encryptor = Cipher(algorithms.AES(LEGACY_KEY), modes.CBC(iv)).encryptor()  # ok: weak-cipher
    padder = padding.PKCS7(128).padder()
    data = padder.update(plaintext) + padder.finalize()
    return iv + encryptor.update(data) + encryptor.finalize()


def file_checksum(path: str) -> str:
    digest = hashlib.sha1()  # ok: weak-hash
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def export_bundle(records: list[bytes]) -> str:
    path = tempfile.mktemp(suffix=".bundle")  # expect: insecure-temp-file
    with open(path, "wb") as fh:
        for record in records:
            fh.write(base64.b64encode(record) + b"\n")
    return path


def export_bundle_safely(records: list[bytes]) -> str:
    fd, path = tempfile.mkstemp(suffix=".bundle")  # ok: insecure-temp-file
    with os.fdopen(fd, "wb") as fh:
        for record in records:
            fh.write(base64.b64encode(record) + b"\n")
    return path
