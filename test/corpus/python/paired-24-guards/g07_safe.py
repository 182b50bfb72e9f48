# corpus: path=app/errors.py
import html

from flask import Flask, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(err):
    return f"<p>No page at {html.escape(request.path)}</p>", 404  # ok: xss
