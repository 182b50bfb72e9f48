# corpus: path=app/internal/auth.py
import secrets

from app.config import settings


def is_internal_caller(api_key):
    return secrets.compare_digest(api_key, settings.INTERNAL_API_KEY)  # ok: timing-unsafe-comparison
