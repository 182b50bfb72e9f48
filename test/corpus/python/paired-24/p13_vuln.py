# corpus: path=app/catalog/xml_lookup.py
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/catalog.xml")


@app.get("/product")
def product():
    sku = request.args.get("sku", "")
    nodes = CATALOG.xpath(f"//product[@sku='{sku}']/name/text()")  # expect: xpath-injection
    return {"names": [str(n) for n in nodes]}
