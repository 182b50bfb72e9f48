# corpus: path=app/webhooks/ping.py
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/webhooks/test")
def test_webhook():
    url = request.json["url"]
    resp = requests.post(url, json={"event": "ping"}, timeout=5)  # expect: ssrf
    return jsonify(status=resp.status_code)
