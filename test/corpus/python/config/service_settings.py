# corpus: path=service/settings.py
"""Runtime settings and outbound clients for the fulfilment service."""
import os
import tempfile

import httpx
import requests
from flask import Flask

FULFILMENT_API = "http://fulfilment.logistics-partner.com/api/v2"  # expect: cleartext-http
TRACKING_API = "https://tracking.logistics-partner.com/api"  # ok: cleartext-http
LOCAL_AGENT = "http://127.0.0.1:8126"  # ok: cleartext-http
XMLNS_SOAP = "http://schemas.xmlsoap.org/soap/envelope/"  # ok: cleartext-http

app = Flask(__name__)
app.config.update(
    DEBUG=os.environ.get("FLASK_DEBUG") == "1",  # ok: debug-mode
    SESSION_COOKIE_SECURE=True,  # ok: insecure-cookie
)


def create_shipment(order: dict) -> dict:
    resp = requests.post(f"{FULFILMENT_API}/shipments", json=order, timeout=10)
    resp.raise_for_status()
    return resp.json()


def track(number: str) -> dict:
    return httpx.get(f"{TRACKING_API}/track/{number}", timeout=10).json()  # ok: cleartext-http


def report_inventory(snapshot: dict) -> None:
    httpx.post(  # expect: cleartext-http
        "http://inventory.logistics-partner.com/v1/snapshots",
        json=snapshot,
        headers={"Authorization": f"Bearer {os.environ['INVENTORY_TOKEN']}"},
        timeout=10,
    )


def label_scratch_path(order_id: int) -> str:
    return tempfile.mktemp(suffix=".pdf", prefix=f"label-{order_id}-")  # expect: insecure-temp-file


def label_scratch_file(order_id: int):
    return tempfile.NamedTemporaryFile(suffix=".pdf", prefix=f"label-{order_id}-", delete=False)  # ok: insecure-temp-file


def send_agent_metric(name: str, value: float) -> None:
    requests.post(f"{LOCAL_AGENT}/v0.4/metrics", json={"name": name, "value": value}, timeout=1)  # ok: cleartext-http


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)  # expect: debug-mode
