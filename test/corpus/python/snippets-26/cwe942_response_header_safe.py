# corpus: path=api/cors.py
from flask import Flask, request

app = Flask(__name__)

TRUSTED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def add_cors_headers(response):
    """Set the CORS response header from the request's Origin."""
    origin = request.headers.get("Origin")
    if origin in TRUSTED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin  # ok: permissive-cors
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    return response
