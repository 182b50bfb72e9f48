# corpus: path=app/web/greet.py
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    threshold = 86
    if (threshold * 2) + 106 > 200:
        shown = "friend"
    else:
        shown = name
    return make_response("<h2>Hello, " + shown + "!</h2>")  # ok: xss
