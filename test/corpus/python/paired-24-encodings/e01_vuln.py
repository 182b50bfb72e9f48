# corpus: path=app/share.py
from flask import Flask, request

app = Flask(__name__)


@app.get("/share")
def share():
    note = request.args.get("note", "")
    return f"<a href='/view?note={note}'>Open the shared note</a>"  # expect: xss
