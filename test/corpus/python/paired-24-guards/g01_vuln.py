# corpus: path=app/docs/views.py
import os

from flask import Flask, request, send_file

app = Flask(__name__)
DOCS = "/srv/docs"


@app.get("/docs/raw")
def raw_doc():
    name = request.args.get("name", "index.md")
    return send_file(os.path.join(DOCS, name), mimetype="text/markdown")  # expect: path-traversal
