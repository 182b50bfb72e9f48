# corpus: path=tools/log_parser.py
import re
from dataclasses import dataclass

LINE = re.compile(r'^(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<req>[^"]*)" (?P<status>\d{3}) (?P<size>\d+|-)')  # ok: regex-injection
QUERY = re.compile(r"([^&=]+)=([^&]*)")  # ok: regex-injection
KV = re.compile(r"^(\s*\w+\s*=\s*\w+\s*;?)+$")  # ok: regex-injection
URL_RE = re.compile(r"^(https?:\/\/)?([\da-z\.-]+)\.([a-z\.]{2,6})([\/\w \.-]*)*\/?$")  # expect: regex-injection
WORDS = re.compile(r"\b(\w+)\b(?:\s+\1\b)+", re.I)  # ok: regex-injection


@dataclass
class Hit:
    ip: str
    ts: str
    request: str
    status: int


def parse(line: str) -> Hit | None:
    m = LINE.match(line)
    if not m:
        return None
    return Hit(m["ip"], m["ts"], m["req"], int(m["status"]))


def params(qs: str) -> dict[str, str]:
    return dict(QUERY.findall(qs))


def is_kv_block(text: str) -> bool:
    return bool(KV.match(text))


def repeated_words(text: str) -> list[str]:
    return [m.group(1) for m in WORDS.finditer(text)]


def strip_trailing(text: str) -> str:
    return re.sub(r"(\s|\\n)+$", "", text)  # ok: regex-injection


def is_url(text: str) -> bool:
    return URL_RE.match(text) is not None
