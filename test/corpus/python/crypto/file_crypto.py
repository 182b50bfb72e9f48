# corpus: path=vault/file_crypto.py
"""Encrypts exported reports before they are uploaded to the partner SFTP."""
import os

from Crypto.Cipher import AES, ARC4
from Crypto.Cipher import DES as D
from Crypto.Util.Padding import pad, unpad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_legacy(key: bytes, data: bytes) -> bytes:
    cipher = D.new(key, D.MODE_CBC, iv=os.urandom(8))  # expect: weak-cipher
    return cipher.iv + cipher.encrypt(pad(data, 8))


def encrypt_block(key: bytes, data: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_ECB)  # expect: weak-cipher
    return cipher.encrypt(pad(data, 16))


def obfuscate(key: bytes, data: bytes) -> bytes:
    return ARC4.new(key).encrypt(data)  # expect: weak-cipher


def encrypt_stream(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    encryptor = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()  # ok: weak-cipher
    return iv + encryptor.update(data) + encryptor.finalize()


def encrypt_report(key: bytes, data: bytes, report_id: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, report_id.encode())  # ok: weak-cipher


def decrypt_block(key: bytes, blob: bytes) -> bytes:
    cipher = AES.new(key, AES.MODE_CBC, iv=blob[:16])  # ok: weak-cipher
    return unpad(cipher.decrypt(blob[16:]), 16)


def encrypt_archive(key: bytes, data: bytes) -> bytes:
    encryptor = Cipher(algorithms.TripleDES(key), modes.ECB()).encryptor()  # expect: weak-cipher
    return encryptor.update(pad(data, 8)) + encryptor.finalize()
