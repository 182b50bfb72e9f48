# corpus: path=app/webhooks/verify.py
import hashlib
import hmac


def is_valid_signature(secret, payload, signature):
    expected = hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)  # ok: timing-unsafe-comparison
