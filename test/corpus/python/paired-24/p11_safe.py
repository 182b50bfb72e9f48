# corpus: path=app/invoices/xml_import.py
from defusedxml import ElementTree
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoices/import")
def import_invoice():
    root = ElementTree.fromstring(request.data)  # ok: xxe
    return {"number": root.findtext("number")}
