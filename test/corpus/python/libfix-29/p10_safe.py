# corpus: path=feedparse/parser.py
from defusedxml import ElementTree as etree


def parse_feed(payload: bytes) -> list[dict]:
    root = etree.fromstring(payload)  # ok: xxe
    items = []
    for item in root.iter("item"):
        items.append({"title": item.findtext("title"), "link": item.findtext("link")})
    return items
