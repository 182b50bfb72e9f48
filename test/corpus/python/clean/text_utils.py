# corpus: path=common/text.py
"""Small text helpers shared by the importers and the API serializers."""
import re
import unicodedata
from typing import Iterable

_WS = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s-]")


def normalise_whitespace(value: str) -> str:
    return _WS.sub(" ", value).strip()


def slugify(value: str, max_length: int = 64) -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = _NON_WORD.sub("", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-")[:max_length]


def truncate(value: str, limit: int, suffix: str = "…") -> str:
    if len(value) <= limit:
        return value
    cut = value[: limit - len(suffix)].rsplit(" ", 1)[0]
    return cut + suffix


def initials(name: str) -> str:
    parts = [p for p in normalise_whitespace(name).split(" ") if p]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def join_human(items: Iterable[str], conjunction: str = "and") -> str:
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    if not domain:
        return "***"
    visible = local[:1] if len(local) <= 3 else local[:2]
    return f"{visible}{'*' * max(1, len(local) - len(visible))}@{domain}"


def parse_bool(value: str | None, default: bool = False) -> bool:
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}
