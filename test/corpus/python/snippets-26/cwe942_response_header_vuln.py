# corpus: path=api/cors.py
from flask import Flask, request

app = Flask(__name__)


@app.after_request
def add_cors_headers(response):
    """Set the CORS response header from the request's Origin."""
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin  # expect: permissive-cors
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
