# corpus: path=app/users/passwords.py
import hashlib


def store_password(user, password):
    user.password_hash = hashlib.sha256(password.encode()).hexdigest()  # expect: weak-hash
    user.save()
