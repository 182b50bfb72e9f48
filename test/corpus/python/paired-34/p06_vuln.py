# corpus: path=app/accounts/passwords.py
import hashlib
import hmac
import os


class PasswordStore:
    def __init__(self, db):
        self.db = db

    def set_password(self, user_id, password):
        salt = os.urandom(16)
        digest = hashlib.new("sha1", salt + password.encode("utf-8")).digest()  # expect: weak-hash
        self.db.execute(
            "UPDATE users SET password_salt = %s, password_hash = %s WHERE id = %s",
            (salt, digest, user_id),
        )

    def check_password(self, user_id, password):
        salt, stored = self.db.fetchone("SELECT password_salt, password_hash FROM users WHERE id = %s", (user_id,))
        candidate = hashlib.new("sha1", salt + password.encode("utf-8")).digest()  # expect: weak-hash
        return hmac.compare_digest(candidate, stored)
