# corpus: path=importer/api.py
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.post("/import/products")
def import_products():
    """Parse the uploaded XML product feed."""
    upload = request.files["feed"]
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
    root = etree.fromstring(upload.read(), parser)
    names = [node.text for node in root.iter("name")]
    return jsonify(imported=len(names), names=names[:20])
