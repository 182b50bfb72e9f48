# corpus: path=app/feeds/parse.py
import xml.sax
from xml.sax.handler import feature_external_ges


def parse_feed(stream, handler):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)  # expect: xxe
    parser.setContentHandler(handler)
    parser.parse(stream)
