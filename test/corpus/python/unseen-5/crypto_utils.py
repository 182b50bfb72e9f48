# corpus: path=security/crypto_utils.py
import hashlib
import os

import jwt
from Crypto.Cipher import AES, DES
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = os.environ["DATA_KEY"].encode()


def encrypt_legacy(data: bytes) -> bytes:
    cipher = DES.new(KEY[:8], DES.MODE_CBC)  # expect: weak-cipher
    return cipher.iv + cipher.encrypt(data)


def encrypt_ecb(data: bytes) -> bytes:
    return AES.new(KEY, AES.MODE_ECB).encrypt(data)  # expect: weak-cipher


def encrypt_gcm(data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)  # ok: weak-cipher
    ct, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ct


def encrypt_ctr(data: bytes) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(KEY), modes.CTR(iv)).encryptor()  # ok: weak-cipher
    return iv + enc.update(data) + enc.finalize()


def legacy_password_check(stored: str, candidate: str) -> bool:
    return stored == hashlib.md5(candidate.encode()).hexdigest()  # expect: weak-hash


def content_id(blob: bytes) -> str:
    return hashlib.sha1(blob).hexdigest()  # ok: weak-hash


def sign_link(user_id: int) -> str:
    return jwt.encode({"uid": user_id}, "link-signing-secret-v1", algorithm="HS256")  # expect: hardcoded-secret


def read_link(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, KEY, algorithms=[header["alg"]])  # expect: jwt-weak
