# corpus: path=app/invoices/xml_import.py
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/invoices/import")
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
    root = etree.fromstring(request.data, parser)  # also: xxe
    return {"number": root.findtext("number")}
