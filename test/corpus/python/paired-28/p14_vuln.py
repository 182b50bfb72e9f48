# corpus: path=app/internal/auth.py
from app.config import settings


def is_internal_caller(api_key):
    return api_key == settings.INTERNAL_API_KEY  # expect: timing-unsafe-comparison
