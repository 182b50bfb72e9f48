# corpus: path=tools/views.py
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/api/calc")
def calc():
    payload = request.get_json(force=True)
    expression = payload.get("expression", "0")
    value = eval(expression)  # expect: code-injection
    return jsonify({"value": value})


@app.post("/api/config/preview")
def preview_config():
    body = request.get_data(as_text=True)
    config = json.loads(body)  # ok: code-injection
    return jsonify({"keys": sorted(config)})


@app.post("/api/filters")
def filters():
    spec = request.form["filter"]
    predicate = eval("lambda row: " + spec)  # expect: code-injection
    rows = [r for r in load_rows() if predicate(r)]
    return jsonify(rows)


def load_rows():
    with open("data/rows.json", encoding="utf-8") as fh:
        return json.load(fh)
