# corpus: path=common/validators.py
"""Input validation shared by forms and API schemas."""
import ipaddress
import re
from urllib.parse import urlparse

PHONE_RE = re.compile(r"^\+?[1-9]\d{6,14}$")
POSTCODE_RE = {
    "GB": re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.I),
    "DE": re.compile(r"^\d{5}$"),
    "US": re.compile(r"^\d{5}(-\d{4})?$"),
}
RESERVED_USERNAMES = frozenset({"admin", "root", "support", "api", "www", "help"})


class ValidationError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def phone(value: str) -> str:
    cleaned = re.sub(r"[\s().-]", "", value)
    if not PHONE_RE.match(cleaned):
        raise ValidationError("phone", "enter a phone number in international format")
    return cleaned


def postcode(value: str, country: str) -> str:
    pattern = POSTCODE_RE.get(country)
    value = value.strip().upper()
    if pattern and not pattern.match(value):
        raise ValidationError("postcode", f"not a valid {country} postcode")
    return value


def username(value: str) -> str:
    value = value.strip()
    if not 3 <= len(value) <= 30:
        raise ValidationError("username", "must be 3 to 30 characters")
    if not re.fullmatch(r"[a-zA-Z0-9_.-]+", value):
        raise ValidationError("username", "letters, digits, dot, dash and underscore only")
    if value.lower() in RESERVED_USERNAMES:
        raise ValidationError("username", "this name is reserved")
    return value


def public_https_url(value: str) -> str:
    parsed = urlparse(value)
    if parsed.scheme != "https" or not parsed.hostname:
        raise ValidationError("url", "must be an https URL")
    try:
        if not ipaddress.ip_address(parsed.hostname).is_global:
            raise ValidationError("url", "must not point at a private address")
    except ValueError:
        pass  # a host name; resolved and checked again when the request is made
    return value
