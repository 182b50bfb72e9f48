# corpus: path=app/webhooks/verify.py
import hashlib
import hmac


def is_valid_signature(secret, payload, signature):
    expected = hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
    return expected == signature  # expect: timing-unsafe-comparison
