# corpus: path=app/auth/passwords.py
import bcrypt


def hash_password(password):
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt()).decode()  # ok: weak-hash


def check_password(password, stored):
    return bcrypt.checkpw(password.encode("utf-8"), stored.encode())
