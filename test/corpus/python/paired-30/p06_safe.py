# corpus: path=app/catalog/imports.py
from defusedxml import ElementTree
from flask import Blueprint, request

from app.catalog.service import upsert_products

bp = Blueprint("catalog_imports", __name__)


@bp.post("/catalog/import")
def import_feed():
    upload = request.files["feed"]
    tree = ElementTree.fromstring(upload.read())  # ok: xxe
    count = upsert_products(tree.findall("product"))
    return {"imported": count}
