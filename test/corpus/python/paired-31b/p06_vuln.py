# corpus: path=app/vault/tokens.py
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TokenSealer:
    def __init__(self, key):
        self.key = key

    def seal(self, token: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(token) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self.key), modes.ECB()).encryptor()  # expect: weak-cipher
        return encryptor.update(data) + encryptor.finalize()


sealer = TokenSealer(bytes.fromhex(os.environ["TOKEN_KEY"]))
