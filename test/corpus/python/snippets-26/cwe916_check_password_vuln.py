# corpus: path=accounts/passwords.py
import hashlib
import hmac


def check_password(password, stored_hash):
    """Check the password against the stored hash."""
    candidate = hashlib.md5(password.encode("utf-8")).hexdigest()  # expect: weak-hash
    return hmac.compare_digest(candidate, stored_hash)
