# corpus: path=billing/invoice_import.py
import xml.sax

import defusedxml.ElementTree as SafeET
from flask import Blueprint, jsonify, request
from lxml import etree

bp = Blueprint("invoice_import", __name__)


@bp.post("/invoices/import")
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)  # expect: xxe
    doc = etree.fromstring(request.data, parser)
    return jsonify(number=doc.findtext("Number"), total=doc.findtext("Total"))


@bp.post("/invoices/import-v2")
def import_invoice_v2():
    root = SafeET.fromstring(request.data)  # ok: xxe
    return jsonify(number=root.findtext("Number"), total=root.findtext("Total"))


@bp.post("/invoices/import-lines")
def import_lines():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)  # ok: xxe
    doc = etree.fromstring(request.data, parser)
    return jsonify(lines=len(doc.findall("Line")))


class _Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        if name == "Line":
            self.count += 1


@bp.post("/invoices/count")
def count_lines():
    handler = _Counter()
    sax = xml.sax.make_parser()
    sax.setFeature(xml.sax.handler.feature_external_ges, True)  # expect: xxe
    sax.setContentHandler(handler)
    sax.parse(request.stream)
    return jsonify(lines=handler.count)
