# corpus: path=app/sitemap.py
from lxml import etree


def parse_sitemap(xml_bytes):
    parser = etree.XMLParser(load_dtd=True, no_network=False)  # expect: xxe
    root = etree.fromstring(xml_bytes, parser)
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return [loc.text for loc in root.findall("sm:url/sm:loc", ns)]
