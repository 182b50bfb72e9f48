# corpus: path=app/vault/tokens.py
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class TokenSealer:
    def __init__(self, key):
        self.key = key

    def seal(self, token: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + AESGCM(self.key).encrypt(nonce, token, None)  # ok: weak-cipher


sealer = TokenSealer(bytes.fromhex(os.environ["TOKEN_KEY"]))
