# corpus: path=app/catalog/xml_feed.py
from flask import Blueprint, jsonify, request
from lxml import etree

bp = Blueprint("feed", __name__)
CATALOG = etree.parse("/srv/catalog.xml")


@bp.get("/catalog/price")
def price():
    sku = request.args.get("sku", "")
    nodes = CATALOG.xpath(f"//product[@sku='{sku}']/price/text()")  # expect: xpath-injection
    return jsonify({"sku": sku, "price": nodes[0] if nodes else None})
