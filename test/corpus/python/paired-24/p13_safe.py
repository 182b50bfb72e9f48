# corpus: path=app/catalog/xml_lookup.py
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/catalog.xml")


@app.get("/product")
def product():
    sku = request.args.get("sku", "")
    nodes = CATALOG.xpath("//product[@sku=$sku]/name/text()", sku=sku)  # ok: xpath-injection
    return {"names": [str(n) for n in nodes]}
