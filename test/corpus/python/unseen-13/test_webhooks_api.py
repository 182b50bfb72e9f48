# corpus: path=tests/api/test_webhooks.py
import hashlib
import hmac
import json
from unittest import mock

import pytest
import respx
from fastapi.testclient import TestClient
from httpx import Response

from app.config import settings
from app.main import app

client = TestClient(app)
TENANT = "5b6f0f2e-8c1e-4c43-9a57-2a9f0f3a4b11"


@pytest.fixture
def inbound_secret(monkeypatch):
    monkeypatch.setitem(settings.inbound_secrets, "acme", "test-secret")
    return "test-secret"


def sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_inbound_accepts_valid_signature(inbound_secret):
    body = json.dumps({"event": "ping"}).encode()
    resp = client.post("/webhooks/inbound/acme", content=body, headers={"X-Signature": sign(inbound_secret, body)})
    assert resp.status_code == 200


def test_inbound_rejects_bad_signature(inbound_secret):
    body = b"{}"
    resp = client.post("/webhooks/inbound/acme", content=body, headers={"X-Signature": "0" * 64})
    assert resp.status_code == 401


def test_unknown_provider_is_404():
    resp = client.post("/webhooks/inbound/nobody", content=b"{}", headers={"X-Signature": "x"})
    assert resp.status_code == 404


@respx.mock
def test_preview_reports_remote_status():
    respx.head("https://hooks.example.test/in").mock(return_value=Response(204, headers={"server": "stub"}))
    resp = client.post("/webhooks/preview", json={"url": "https://hooks.example.test/in"}, headers={"X-Tenant-Id": TENANT})
    assert resp.json() == {"status": 204, "server": "stub"}


def test_test_ping_is_queued():
    with mock.patch("app.routers.webhooks.deliver") as deliver:
        resp = client.post("/webhooks/test", json={"url": "https://hooks.example.test/in"}, headers={"X-Tenant-Id": TENANT})
    assert resp.status_code == 202
    deliver.assert_called_once()


def test_deliveries_orders_by_created_at():
    resp = client.get("/webhooks/deliveries", params={"order": "created_at"}, headers={"X-Tenant-Id": TENANT})
    assert resp.status_code == 200
    assert isinstance(resp.json(), list)
