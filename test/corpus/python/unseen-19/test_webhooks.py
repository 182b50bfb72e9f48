# corpus: path=tests/integration/test_webhooks.py
import hashlib
import hmac
import json
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import requests
import yaml

from app.webhooks import verify_signature

BASE_URL = "http://localhost:8000"
SECRET = "test-webhook-secret"


def sign(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()  # ok: weak-hash


@pytest.fixture(scope="session")
def server():
    proc = subprocess.Popen(["uvicorn", "app.main:app", "--port", "8000"])  # ok: command-injection
    for _ in range(50):
        try:
            requests.get(f"{BASE_URL}/health", timeout=0.2)  # ok: ssrf
            break
        except requests.ConnectionError:
            time.sleep(0.1)
    yield proc
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def fixtures_dir():
    return Path(__file__).parent / "fixtures"


@pytest.fixture
def events(fixtures_dir):
    with open(fixtures_dir / "events.yaml") as fh:
        return yaml.safe_load(fh)


def test_signature_round_trip():
    body = json.dumps({"type": "invoice.paid", "id": "evt_1"}).encode()
    assert verify_signature(body, sign(body), SECRET)


def test_signature_rejects_tampered_body():
    body = b'{"type": "invoice.paid"}'
    assert not verify_signature(body + b" ", sign(body), SECRET)


@pytest.mark.parametrize("event_type", ["invoice.paid", "invoice.voided", "customer.deleted"])
def test_delivery(server, events, event_type):
    payload = events[event_type]
    body = json.dumps(payload).encode()
    resp = requests.post(
        f"{BASE_URL}/webhooks/billing",
        data=body,
        headers={"X-Signature": sign(body), "Content-Type": "application/json"},
        timeout=5,
    )
    assert resp.status_code == 204


def test_dump_received(server, tmp_path):
    out = tmp_path / "received.json"
    resp = requests.get(f"{BASE_URL}/webhooks/debug/received", timeout=5)
    out.write_text(resp.text)
    data = json.loads(out.read_text())
    assert isinstance(data, list)


def test_cli_replay(server, fixtures_dir):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump({"type": "invoice.paid", "id": "evt_replay"}, fh)
    result = subprocess.run(
        ["python", "-m", "app.cli", "replay", fh.name, "--url", f"{BASE_URL}/webhooks/billing"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
