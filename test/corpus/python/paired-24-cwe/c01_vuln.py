# corpus: path=app/render.py
from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/badge")
def badge():
    name = request.args.get("name", "")
    return Markup(f"<span class='badge'>{name}</span>")  # expect: xss
