# corpus: path=app/api/imports.py
import logging

from flask import Flask, jsonify, request

from app.importer import import_rows

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/imports")
def run_import():
    try:
        count = import_rows(request.files["file"])
    except Exception:
        log.exception("import failed")
        return jsonify(error="import failed"), 500  # ok: error-exposure
    return jsonify(imported=count)
