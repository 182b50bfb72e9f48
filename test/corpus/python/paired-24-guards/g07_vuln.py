# corpus: path=app/errors.py
from flask import Flask, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(err):
    return f"<p>No page at {request.path}</p>", 404  # expect: xss
