# corpus: path=app/proxy.py
from urllib.parse import urljoin

import requests
from flask import Flask, Response, request

app = Flask(__name__)
API_BASE = "https://api.internal.example.com/"


@app.get("/proxy")
def proxy():
    path = request.args.get("path", "")
    upstream = requests.get(urljoin(API_BASE, path), timeout=5)  # expect: ssrf
    return Response(upstream.content, status=upstream.status_code, mimetype="application/json")
