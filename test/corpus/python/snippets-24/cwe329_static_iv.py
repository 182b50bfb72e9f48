# corpus: path=app/crypto/fields.py
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_field(key, value):
    iv = b"\x00" * 16
    cipher = AES.new(key, AES.MODE_CBC, iv)  # expect: weak-cipher
    return cipher.encrypt(pad(value.encode(), 16))


def encrypt_field_v2(key, value):
    iv = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC, iv)  # ok: weak-cipher
    return iv + cipher.encrypt(pad(value.encode(), 16))
