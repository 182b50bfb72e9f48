# corpus: path=billing/partner_client.py
from __future__ import annotations

import hashlib
import logging
import random
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import httpx
from defusedxml import ElementTree as SafeET
from lxml import etree

log = logging.getLogger(__name__)


@dataclass
class RetryPolicy:
    attempts: int = 4
    base_delay: float = 0.5
    statuses: set[int] = field(default_factory=lambda: {429, 502, 503, 504})

    def delay(self, attempt: int) -> float:
        return self.base_delay * (2 ** attempt) + random.uniform(0, 0.25)  # ok: insecure-random


class PartnerClient:
    def __init__(self, base_url: str, api_key: str, retry: RetryPolicy | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self.http = httpx.Client(base_url=self.base_url, headers={"X-Api-Key": api_key}, timeout=20)

    def _get(self, path: str, **params) -> httpx.Response:
        for attempt in range(self.retry.attempts):
            resp = self.http.get(path, params=params)  # ok: ssrf
            if resp.status_code not in self.retry.statuses:
                resp.raise_for_status()
                return resp
            time.sleep(self.retry.delay(attempt))
        resp.raise_for_status()
        return resp

    def invoice_xml(self, invoice_id: str) -> ET.Element:
        resp = self._get(f"/invoices/{invoice_id}", format="xml")
        return SafeET.fromstring(resp.content)  # ok: xxe

    def statement_xml(self, month: str) -> etree._Element:
        resp = self._get("/statements", month=month, format="xml")
        parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
        return etree.fromstring(resp.content, parser)

    def fingerprint(self, payload: bytes) -> str:
        return hashlib.sha1(payload).hexdigest()  # ok: weak-hash

    def close(self) -> None:
        self.http.close()


def summarise(invoices: list[dict], currency: str = "EUR", seen: list[str] = []) -> dict:  # expect: mutable-default-argument
    total = 0
    for inv in invoices:
        if inv["id"] in seen:
            continue
        seen.append(inv["id"])
        if inv.get("currency", currency) == currency:
            total += int(inv["amount_cents"])
    return {"currency": currency, "total_cents": total, "count": len(seen)}


def safe_close(client: PartnerClient) -> None:
    try:
        client.close()
    except Exception:  # ok: swallowed-exception
        log.debug("partner client close failed", exc_info=True)
