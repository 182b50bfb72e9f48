# corpus: path=ledger/integrations/carrier_client.py
"""Thin client for the ParcelHub shipping API (https://docs.parcelhub.example.com/v2)."""
from __future__ import annotations

import hashlib
import hmac
import logging
import time
from dataclasses import dataclass
from typing import Any, Iterator
from urllib.parse import quote, urlencode

import httpx

log = logging.getLogger(__name__)

API_BASE = "https://api.parcelhub.example.com/v2/"
SANDBOX_BASE = "https://sandbox.parcelhub.example.com/v2/"
TRACKING_PAGE = "https://track.parcelhub.example.com/"
USER_AGENT = "ledger-carrier-client/1.4 (+https://ledger.example.com)"
RETRY_STATUSES = {429, 502, 503, 504}


class CarrierError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code


@dataclass
class Shipment:
    id: str
    tracking_number: str
    label_url: str
    status: str


class CarrierClient:
    def __init__(self, api_key: str, *, sandbox: bool = False, timeout: float = 10.0, max_retries: int = 3):
        self._base = SANDBOX_BASE if sandbox else API_BASE
        self._max_retries = max_retries
        self._http = httpx.Client(
            base_url=self._base,
            timeout=timeout,
            headers={"Authorization": f"Bearer {api_key}", "User-Agent": USER_AGENT, "Accept": "application/json"},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "CarrierClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        attempt = 0
        while True:
            attempt += 1
            started = time.monotonic()
            response = self._http.request(method, path, **kwargs)  # ok: ssrf
            elapsed_ms = (time.monotonic() - started) * 1000
            log.debug("carrier %s %s -> %s in %.0f ms", method, path, response.status_code, elapsed_ms)
            if response.status_code in RETRY_STATUSES and attempt <= self._max_retries:
                delay = float(response.headers.get("Retry-After", 2 ** attempt))
                log.info("carrier returned %s, retrying in %.1fs (attempt %d)", response.status_code, delay, attempt)
                time.sleep(delay)
                continue
            if response.is_error:
                body = response.json() if response.headers.get("content-type", "").startswith("application/json") else {}
                raise CarrierError(response.status_code, body.get("code", "unknown"), body.get("message", response.text[:200]))
            return response.json()

    def create_shipment(self, order_id: str, address: dict, parcels: list[dict], *, idempotency_key: str) -> Shipment:
        payload = {"reference": order_id, "to": address, "parcels": parcels, "service": "standard"}
        data = self._request("POST", "shipments", json=payload, headers={"Idempotency-Key": idempotency_key})
        return Shipment(id=data["id"], tracking_number=data["tracking_number"], label_url=data["label_url"], status=data["status"])

    def get_shipment(self, shipment_id: str) -> Shipment:
        data = self._request("GET", f"shipments/{quote(shipment_id, safe='')}")  # ok: ssrf
        return Shipment(id=data["id"], tracking_number=data["tracking_number"], label_url=data["label_url"], status=data["status"])

    def cancel_shipment(self, shipment_id: str) -> None:
        self._request("POST", f"shipments/{quote(shipment_id, safe='')}/cancel")

    def list_shipments(self, *, status: str | None = None, page_size: int = 100) -> Iterator[Shipment]:
        cursor = None
        while True:
            params = {"limit": page_size}
            if status:
                params["status"] = status
            if cursor:
                params["cursor"] = cursor
            data = self._request("GET", "shipments", params=params)
            for item in data["items"]:
                yield Shipment(id=item["id"], tracking_number=item["tracking_number"], label_url=item["label_url"], status=item["status"])
            cursor = data.get("next_cursor")
            if not cursor:
                return

    def download_label(self, shipment: Shipment) -> bytes:
        response = self._http.get(f"shipments/{quote(shipment.id, safe='')}/label", params={"format": "pdf"})
        response.raise_for_status()
        return response.content


def tracking_url(tracking_number: str, locale: str = "en") -> str:
    return TRACKING_PAGE + "?" + urlencode({"tn": tracking_number, "lang": locale})


def verify_webhook(secret: str, payload: bytes, timestamp: str, signature: str, tolerance: int = 300) -> bool:
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)  # ok: timing-unsafe-comparison
