# corpus: path=app/legacy/names.py
from flask import Flask, request

app = Flask(__name__)


@app.route("/setname")
def set_name():
    first_name = request.args.get("first_name", "")
    exec("setname('%s')" % first_name)  # expect: code-injection
    return "ok"
