# corpus: path=app/greet.py
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return f"<h1>Hello, {escape(name)}!</h1>"  # ok: xss
