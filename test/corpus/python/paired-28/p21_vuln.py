# corpus: path=app/api/imports.py
import traceback

from flask import Flask, jsonify, request

from app.importer import import_rows

app = Flask(__name__)


@app.post("/imports")
def run_import():
    try:
        count = import_rows(request.files["file"])
    except Exception:
        return jsonify(error="import failed", detail=traceback.format_exc()), 500  # expect: error-exposure
    return jsonify(imported=count)
