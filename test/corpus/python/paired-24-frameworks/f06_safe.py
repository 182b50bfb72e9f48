# corpus: path=app/proxy.py
from urllib.parse import quote

import requests
from flask import Flask, Response, request

app = Flask(__name__)
API_BASE = "https://api.internal.example.com"


@app.get("/proxy")
def proxy():
    path = request.args.get("path", "")
    upstream = requests.get(f"{API_BASE}/{quote(path, safe='')}", timeout=5)  # ok: ssrf
    return Response(upstream.content, status=upstream.status_code, mimetype="application/json")
