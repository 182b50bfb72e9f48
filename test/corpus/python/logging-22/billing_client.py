# corpus: path=app/billing/client.py
import logging
import os

import requests

logger = logging.getLogger("billing")

API_BASE = "https://api.billing.example.com/v2"
API_KEY = os.environ["BILLING_API_KEY"]


class BillingClient:
    def __init__(self, api_key: str = API_KEY, timeout: float = 10.0):
        self.api_key = api_key
        self.timeout = timeout
        logger.debug("billing client created with key %s", self.api_key)  # expect: sensitive-logging
        logger.debug("billing client created with key ending %s", self.api_key[-4:])  # ok: sensitive-logging

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.api_key}"}

    def charge(self, customer_id: str, cents: int) -> dict:
        resp = requests.post(f"{API_BASE}/charges", json={"customer": customer_id, "amount": cents}, headers=self._headers(), timeout=self.timeout)
        logger.info("charge %s for %s: HTTP %s", cents, customer_id, resp.status_code)  # ok: sensitive-logging
        if resp.status_code >= 400:
            logger.error("charge failed, headers=%s body=%s", self._headers(), resp.text)  # expect: sensitive-logging
        resp.raise_for_status()
        return resp.json()

    def rotate(self, new_key: str) -> None:
        logger.warning("rotating billing API key; token type=%s", "bearer")  # ok: sensitive-logging
        self.api_key = new_key
