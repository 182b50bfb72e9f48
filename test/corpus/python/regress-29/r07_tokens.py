import random
import string

from .models import ApiToken

ALPHABET = string.ascii_letters + string.digits


def issue_token(user):
    raw = "".join(random.choice(ALPHABET) for _ in range(40))  # expect: insecure-random
    ApiToken.objects.create(user=user, prefix=raw[:8], digest=ApiToken.hash(raw))
    return raw
