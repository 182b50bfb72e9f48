# corpus: path=app/validation.py
import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9_.+-])+@(([a-zA-Z0-9-])+\.)+([a-zA-Z0-9]{2,4})+$")  # expect: regex-injection
SIMPLE_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")  # ok: regex-injection
USERNAME_RE = re.compile(r"^[a-z0-9_]{3,32}$")  # ok: regex-injection
PHONE_RE = re.compile(r"^\+?(\d[\s-]?)+\d$")  # ok: regex-injection
TAGS_RE = re.compile(r"^\w+(,\s*\w+)*$")  # ok: regex-injection
CONTACT_RE = re.compile(r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$")  # expect: regex-injection
DOMAIN_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$", re.I)  # ok: regex-injection
SENTENCE_RE = re.compile(r"^(\w+\s?)+[.!?]$")  # expect: regex-injection


def is_email(value: str) -> bool:
    return bool(EMAIL_RE.match(value))


def is_simple_email(value: str) -> bool:
    return bool(SIMPLE_EMAIL_RE.match(value))


def is_username(value: str) -> bool:
    return bool(USERNAME_RE.match(value))


def is_phone(value: str) -> bool:
    return bool(PHONE_RE.match(value.strip()))


def parse_tags(value: str) -> list[str]:
    if not TAGS_RE.match(value):
        raise ValueError("tags must be comma-separated words")
    return [t.strip() for t in value.split(",")]


def is_contact(value: str) -> bool:
    return bool(CONTACT_RE.match(value))


def is_domain(value: str) -> bool:
    return bool(DOMAIN_RE.match(value))


def is_sentence(value: str) -> bool:
    return bool(SENTENCE_RE.match(value))
