# corpus: path=invoices/importers.py
import xml.sax

from defusedxml.ElementTree import fromstring as safe_fromstring
from flask import Blueprint, jsonify, request
from flask_cors import CORS, cross_origin
from lxml import etree

bp = Blueprint("invoices", __name__)
CORS(bp, origins=["https://erp.example.com"], supports_credentials=True)  # ok: permissive-cors

PLAIN_PARSER = etree.XMLParser(remove_blank_text=True)


@bp.post("/invoices/ubl")
def import_ubl():
    doc = etree.fromstring(request.get_data(), PLAIN_PARSER)  # ok: xxe
    return jsonify({"id": doc.findtext("{*}ID")})


@bp.post("/invoices/legacy")
def import_legacy():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)  # expect: xxe
    tree = etree.parse(request.files["file"], parser)  # also: xxe
    return jsonify({"id": tree.getroot().findtext("ID")})


@bp.post("/invoices/simple")
def import_simple():
    root = safe_fromstring(request.get_data())  # ok: xxe
    return jsonify({"id": root.findtext("ID")})


class _Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


@bp.post("/invoices/count")
def count_elements():
    handler = _Counter()
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(xml.sax.handler.feature_external_ges, True)  # expect: xxe
    sax_parser.setContentHandler(handler)
    sax_parser.parse(request.files["file"])  # also: xxe
    return jsonify({"elements": handler.count})


@bp.get("/invoices/public-rates")
@cross_origin(origins="*")  # ok: permissive-cors
def public_rates():
    return jsonify({"vat": 0.2})


@bp.get("/invoices/mine")
@cross_origin(origins="*", supports_credentials=True)  # expect: permissive-cors
def my_invoices():
    return jsonify([])
