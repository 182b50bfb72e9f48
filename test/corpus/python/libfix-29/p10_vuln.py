# corpus: path=feedparse/parser.py
from lxml import etree


def parse_feed(payload: bytes) -> list[dict]:
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
    root = etree.fromstring(payload, parser)
    items = []
    for item in root.iter("item"):
        items.append({"title": item.findtext("title"), "link": item.findtext("link")})
    return items
