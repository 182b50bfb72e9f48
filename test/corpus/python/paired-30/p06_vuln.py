# corpus: path=app/catalog/imports.py
from flask import Blueprint, request
from lxml import etree

from app.catalog.service import upsert_products

bp = Blueprint("catalog_imports", __name__)


@bp.post("/catalog/import")
def import_feed():
    upload = request.files["feed"]
    parser = etree.XMLParser(resolve_entities=True)  # expect: xxe
    tree = etree.fromstring(upload.read(), parser)
    count = upsert_products(tree.findall("product"))
    return {"imported": count}
