import xml.sax
from xml.dom import pulldom
from xml.sax.handler import feature_external_ges

from lxml import etree


class UrlCollector(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.urls = []
        self._in_loc = False

    def startElement(self, name, attrs):
        self._in_loc = name == "loc"

    def characters(self, content):
        if self._in_loc:
            self.urls.append(content.strip())


def parse_feed(raw: bytes):
    parser = etree.XMLParser(resolve_entities=False)
    return etree.XML(raw, parser)
