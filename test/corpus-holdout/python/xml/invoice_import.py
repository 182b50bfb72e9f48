# corpus: path=billing/xml_import.py
import defusedxml.ElementTree as SafeET
from flask import Blueprint, jsonify, request
from lxml import etree

bp = Blueprint("xml_import", __name__)


@bp.post("/invoices/import")
def import_invoices():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # also: xxe
    tree = etree.fromstring(request.data, parser)  # expect: xxe
    return jsonify({"count": len(tree.findall("invoice"))})


@bp.post("/invoices/import/v2")
def import_invoices_v2():
    tree = SafeET.fromstring(request.data)  # ok: xxe
    return jsonify({"count": len(tree.findall("invoice"))})


@bp.post("/invoices/import/lxml")
def import_invoices_lxml():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    tree = etree.fromstring(request.data, parser=parser)  # ok: xxe
    return jsonify({"count": len(tree.findall("invoice"))})
