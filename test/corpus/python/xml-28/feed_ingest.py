# corpus: path=catalog/feeds/views.py
"""Supplier feed endpoints: suppliers POST their product catalogue as XML."""
import os
import xml.etree.ElementTree as ET
from xml.dom import minidom

import xmltodict
from defusedxml import ElementTree as SafeET
from flask import Blueprint, abort, current_app, jsonify, request
from lxml import etree

from catalog.models import Product, db

bp = Blueprint("feeds", __name__, url_prefix="/feeds")

FEED_SCHEMA = os.path.join(os.path.dirname(__file__), "schemas", "feed.xsd")


def _upsert(sku, name, price):
    product = Product.query.filter_by(sku=sku).first() or Product(sku=sku)
    product.name = name
    product.price = price
    db.session.add(product)


@bp.post("/products")
def import_products():
    root = etree.fromstring(request.get_data())  # expect: xxe
    count = 0
    for item in root.iterfind("product"):
        _upsert(item.findtext("sku"), item.findtext("name"), item.findtext("price"))
        count += 1
    db.session.commit()
    return jsonify(imported=count)


@bp.post("/products/validated")
def import_products_validated():
    schema = etree.XMLSchema(etree.parse(FEED_SCHEMA))  # ok: xxe
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    doc = etree.fromstring(request.get_data(), parser)  # ok: xxe
    if not schema.validate(doc):
        abort(422)
    for item in doc.iterfind("product"):
        _upsert(item.findtext("sku"), item.findtext("name"), item.findtext("price"))
    db.session.commit()
    return jsonify(ok=True)


@bp.post("/prices")
def update_prices():
    tree = ET.fromstring(request.data)  # expect: xxe
    changed = 0
    for row in tree.findall("./price"):
        product = Product.query.filter_by(sku=row.get("sku")).first()
        if product:
            product.price = row.text
            changed += 1
    db.session.commit()
    return jsonify(changed=changed)


@bp.post("/prices/safe")
def update_prices_safe():
    tree = SafeET.fromstring(request.data)  # ok: xxe
    return jsonify(rows=len(tree.findall("./price")))


@bp.post("/stock")
def update_stock():
    doc = minidom.parseString(request.get_data(as_text=True))  # expect: xxe
    levels = {}
    for node in doc.getElementsByTagName("level"):
        levels[node.getAttribute("sku")] = int(node.getAttribute("qty"))
    current_app.logger.info("stock update for %d skus", len(levels))
    return jsonify(levels=len(levels))


@bp.post("/orders")
def receive_order():
    order = xmltodict.parse(request.data)  # ok: xxe
    lines = order["order"]["line"]
    if isinstance(lines, dict):
        lines = [lines]
    return jsonify(order_id=order["order"]["@id"], lines=len(lines))


@bp.post("/orders/legacy")
def receive_legacy_order():
    # The old ERP declares its currency codes as entities in an inline DTD.
    order = xmltodict.parse(request.data, disable_entities=False)  # expect: xxe
    return jsonify(order_id=order["order"]["@id"], currency=order["order"].get("currency"))


@bp.get("/sample")
def sample_feed():
    root = ET.Element("products")
    for product in Product.query.limit(3):
        item = ET.SubElement(root, "product")
        ET.SubElement(item, "sku").text = product.sku
        ET.SubElement(item, "name").text = product.name
    pretty = minidom.parseString(ET.tostring(root)).toprettyxml(indent="  ")  # ok: xxe
    return current_app.response_class(pretty, mimetype="application/xml")


@bp.get("/schema-version")
def schema_version():
    tree = ET.parse(FEED_SCHEMA)  # ok: xxe
    return jsonify(version=tree.getroot().get("version"))
