# corpus: path=app/keys/service.py
import random
import string

from .models import ApiKey


class ApiKeyIssuer:
    alphabet = string.ascii_letters + string.digits

    def __init__(self, prefix="ak_live_"):
        self.prefix = prefix
        self._rng = random.Random()

    def new_secret(self):
        return self.prefix + "".join(self._rng.choice(self.alphabet) for _ in range(40))  # expect: insecure-random

    def issue(self, account_id, label):
        secret = self.new_secret()
        ApiKey.create(account_id=account_id, label=label, secret=secret)
        return secret
