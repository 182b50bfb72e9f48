# corpus: path=accounts/passwords.py
import hashlib
import hmac


def check_password(password, stored_hash, salt):
    """Check the password against the stored hash."""
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000).hex()  # ok: weak-hash
    return hmac.compare_digest(candidate, stored_hash)
