# corpus: path=app/docs/views.py
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
DOCS = "/srv/docs"


@app.get("/docs/raw")
def raw_doc():
    name = request.args.get("name", "index.md")
    if ".." in name or name.startswith("/") or "\\" in name:
        abort(400)
    return send_file(os.path.join(DOCS, name), mimetype="text/markdown")  # ok: path-traversal
