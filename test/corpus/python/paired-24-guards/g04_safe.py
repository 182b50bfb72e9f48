# corpus: path=app/webhooks/ping.py
import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.post("/webhooks/test")
def test_webhook():
    url = request.json["url"]
    host = urlparse(url).hostname or ""
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
        abort(400)
    resp = requests.post(url, json={"event": "ping"}, timeout=5, allow_redirects=False)  # ok: ssrf
    return jsonify(status=resp.status_code)
