# corpus: path=app/auth/passwords.py
import bcrypt


class PasswordHasher:
    def __init__(self, rounds=12):
        self.rounds = rounds

    def hash(self, password):
        digest = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self.rounds))  # ok: weak-hash
        return digest.decode("ascii")

    def verify(self, password, stored):
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))
