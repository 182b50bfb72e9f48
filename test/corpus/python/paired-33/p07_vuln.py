# corpus: path=app/auth/passwords.py
import hmac
import os

from Crypto.Hash import SHA1


class PasswordHasher:
    def __init__(self, rounds=1):
        self.rounds = rounds

    def hash(self, password, salt=None):
        salt = salt or os.urandom(16).hex()
        digest = SHA1.new((salt + password).encode("utf-8")).hexdigest()  # expect: weak-hash
        return f"sha1${salt}${digest}"

    def verify(self, password, stored):
        _, salt, _ = stored.split("$", 2)
        return hmac.compare_digest(self.hash(password, salt), stored)
