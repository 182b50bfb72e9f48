# corpus: path=hub/worker.py
"""Background delivery worker: pulls queued messages and hands them to providers."""
import logging
import os
import ssl

import httpx
import redis

log = logging.getLogger(__name__)

BROKER_URL = os.environ.get("BROKER_URL", "redis://:Tq8vX2mL9rW4zN7k@cache.prod.hubmail.io:6379/0")  # expect: hardcoded-secret
DELIVERY_API = "http://relay.mailstream-partners.com/v2"  # expect: cleartext-http
STATUS_PAGE = "http://status.mailstream-partners.com"  # ok: cleartext-http

_ctx = ssl.create_default_context()
_ctx.check_hostname = False  # also: tls-verify-disabled
_ctx.verify_mode = ssl.CERT_NONE  # expect: tls-verify-disabled


def client() -> httpx.Client:
    return httpx.Client(base_url=DELIVERY_API, timeout=10.0, verify=_ctx)


def deliver(message: dict) -> None:
    with client() as http:
        resp = http.post("/messages", json=message, headers={"X-Api-Key": os.environ["MAILSTREAM_KEY"]})
        resp.raise_for_status()
        log.info("delivered %s", message["id"])


def main() -> None:
    r = redis.Redis.from_url(BROKER_URL)
    while True:
        _, raw = r.blpop("outbox")
        deliver(raw)
