# corpus: path=importer/feeds.py
import io
import logging

import defusedxml.ElementTree as SafeET
from flask import Blueprint, abort, jsonify, request
from lxml import etree

log = logging.getLogger(__name__)
bp = Blueprint("feeds", __name__, url_prefix="/feeds")

CATALOG_SCHEMA = etree.XMLSchema(etree.parse("schemas/catalog.xsd"))


@bp.post("/catalog")
def import_catalog():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
    tree = etree.parse(io.BytesIO(request.get_data()), parser)
    items = [
        {"sku": node.findtext("sku"), "title": node.findtext("title")}
        for node in tree.getroot().iter("item")
    ]
    return jsonify(items=items)


@bp.post("/catalog/v2")
def import_catalog_v2():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    tree = etree.fromstring(request.get_data(), parser)  # ok: xxe
    if not CATALOG_SCHEMA.validate(tree):
        abort(422)
    return jsonify(count=len(tree.findall("item")))


@bp.post("/rss")
def import_rss():
    root = SafeET.fromstring(request.get_data())  # ok: xxe
    titles = [item.findtext("title") for item in root.iter("item")]
    return jsonify(titles=titles)


@bp.get("/catalog/<int:feed_id>/item")
def find_item(feed_id):
    sku = request.args.get("sku", "")
    tree = etree.parse(f"data/feeds/{feed_id}.xml")
    nodes = tree.xpath(f"//item[sku='{sku}']/title/text()")  # expect: xpath-injection
    return jsonify(titles=[str(n) for n in nodes])


@bp.get("/catalog/<int:feed_id>/item/v2")
def find_item_v2(feed_id):
    sku = request.args.get("sku", "")
    tree = etree.parse(f"data/feeds/{feed_id}.xml")
    nodes = tree.xpath("//item[sku=$sku]/title/text()", sku=sku)  # ok: xpath-injection
    return jsonify(titles=[str(n) for n in nodes])


@bp.get("/catalog/<int:feed_id>/tags")
def tags(feed_id):
    tree = etree.parse(f"data/feeds/{feed_id}.xml")  # ok: path-traversal
    return jsonify(tags=sorted({t.text for t in tree.iter("tag")}))
