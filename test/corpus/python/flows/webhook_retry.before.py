import logging

import requests
from flask import Blueprint, jsonify, request

bp = Blueprint("webhooks", __name__)
log = logging.getLogger(__name__)
PRIMARY_ENDPOINT = "https://events.internal.example.com/ingest"


@bp.post("/webhooks/forward")
def forward_event():
    event = request.get_json(force=True)
    headers = {"X-Event-Type": event.get("type", "unknown")}
    attempts = 0
    for attempt in range(3):
        attempts += 1
        try:
            resp = requests.post(PRIMARY_ENDPOINT, json=event, headers=headers, timeout=5)
            resp.raise_for_status()
            break
        except requests.RequestException as exc:
            log.warning("forward attempt %s failed: %s", attempt, exc)
    return jsonify({"attempts": attempts})


@bp.get("/webhooks/health")
def health():
    return jsonify({"ok": True})
