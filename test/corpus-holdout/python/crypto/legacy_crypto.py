# corpus: path=payments/crypto.py
import os

from Crypto.Cipher import AES, ARC4, DES, Blowfish
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from payments.config import settings


def encrypt_card_legacy(pan: str) -> bytes:
    key = settings.card_key[:8]
    cipher = DES.new(key, DES.MODE_ECB)  # expect: weak-cipher
    padded = pan.encode().ljust(24, b"\0")
    return cipher.encrypt(padded)


def encrypt_blob(data: bytes) -> bytes:
    cipher = AES.new(settings.blob_key, AES.MODE_ECB)  # expect: weak-cipher
    return cipher.encrypt(data.ljust((len(data) // 16 + 1) * 16, b"\0"))


def encrypt_blob_v2(data: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(settings.blob_key).encrypt(nonce, data, None)  # ok: weak-cipher


def stream_obfuscate(data: bytes) -> bytes:
    return ARC4.new(settings.stream_key).encrypt(data)  # expect: weak-cipher


def encrypt_token(data: bytes) -> bytes:
    iv = os.urandom(16)
    enc = Cipher(algorithms.AES(settings.token_key), modes.CBC(iv)).encryptor()  # ok: weak-cipher
    return iv + enc.update(data) + enc.finalize()


def encrypt_export(data: bytes) -> bytes:
    enc = Cipher(algorithms.TripleDES(settings.export_key), modes.ECB()).encryptor()  # expect: weak-cipher
    return enc.update(data) + enc.finalize()


def old_partner_cipher(key: bytes):
    return Blowfish.new(key, Blowfish.MODE_CBC, iv=os.urandom(8))  # expect: weak-cipher
