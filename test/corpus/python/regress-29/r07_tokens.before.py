import secrets

from .models import ApiToken


def issue_token(user):
    raw = secrets.token_urlsafe(32)
    ApiToken.objects.create(user=user, prefix=raw[:8], digest=ApiToken.hash(raw))
    return raw
