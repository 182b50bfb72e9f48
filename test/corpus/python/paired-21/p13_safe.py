# corpus: path=app/accounts/tokens.py
import secrets
import string

from .models import PasswordReset


def issue_reset(user):
    alphabet = string.ascii_letters + string.digits
    code = "".join(secrets.choice(alphabet) for _ in range(32))  # ok: insecure-random
    PasswordReset.objects.create(user=user, code=code)
    return code
