# corpus: path=importer/api.py
from defusedxml import ElementTree
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/import/products")
def import_products():
    """Parse the uploaded XML product feed."""
    upload = request.files["feed"]
    root = ElementTree.fromstring(upload.read())  # ok: xxe
    names = [node.text for node in root.iter("name")]
    return jsonify(imported=len(names), names=names[:20])
