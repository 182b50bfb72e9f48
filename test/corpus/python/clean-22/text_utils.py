# corpus: path=shop/common/text.py
import re
import unicodedata
from html import escape
from typing import Iterable

_WHITESPACE = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


def normalize_whitespace(value: str) -> str:
    return _WHITESPACE.sub(" ", value).strip()


def slugify(value: str, max_length: int = 80) -> str:
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "item"


def truncate(value: str, limit: int, suffix: str = "…") -> str:
    if len(value) <= limit:
        return value
    cut = value[: limit - len(suffix)]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut + suffix


def looks_like_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip()))


def highlight(text: str, terms: Iterable[str]) -> str:
    escaped = escape(text)
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        pattern = re.compile(re.escape(escape(term)), re.IGNORECASE)
        escaped = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped)
    return escaped


def pluralize(count: int, singular: str, plural: str | None = None) -> str:
    word = singular if count == 1 else (plural or singular + "s")
    return f"{count} {word}"


def initials(full_name: str) -> str:
    parts = [p for p in normalize_whitespace(full_name).split(" ") if p]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    if not domain:
        return "***"
    visible = local[:1]
    return f"{visible}{'*' * max(len(local) - 1, 2)}@{domain}"
