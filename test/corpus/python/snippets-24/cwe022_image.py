# corpus: path=app/images.py
import os

from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)


@app.route("/img")
def img():
    name = request.args.get("file", "")
    with open("images/" + name, "rb") as fh:  # expect: path-traversal
        return fh.read()


@app.route("/img/v2")
def img_v2():
    name = request.args.get("file", "")
    if os.path.basename(name) != name:
        abort(400)
    return send_from_directory("images", name)  # ok: path-traversal
