# corpus: path=app/share.py
import base64

from flask import Flask, request

app = Flask(__name__)


@app.get("/share")
def share():
    token = base64.urlsafe_b64encode(request.args.get("note", "").encode()).decode()
    return f"<a href='/view?note={token}'>Open the shared note</a>"  # ok: xss
