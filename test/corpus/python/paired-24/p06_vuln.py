# corpus: path=app/greet.py
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return f"<h1>Hello, {name}!</h1>"  # expect: xss
