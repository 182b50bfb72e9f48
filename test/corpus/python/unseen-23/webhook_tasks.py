"""Celery tasks: outbound webhooks and export jobs."""
import hashlib
import hmac
import json
import logging
import os
import subprocess

import requests
from celery import Celery

from .models import Export, Subscription

log = logging.getLogger(__name__)
celery = Celery("hooks", broker=os.environ["BROKER_URL"])

EXPORT_ROOT = "/srv/exports"


def _sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _legacy_sign(secret: str, body: bytes) -> str:
    return hashlib.md5(secret.encode() + body).hexdigest()  # expect: weak-hash


@celery.task(bind=True, max_retries=5, default_retry_delay=30)
def deliver(self, subscription_id: int, event: dict) -> None:
    sub = Subscription.get(subscription_id)
    body = json.dumps(event).encode()
    headers = {"Content-Type": "application/json", "X-Signature": _sign(sub.secret, body)}
    if sub.legacy_signature:
        headers["X-Hub-Signature"] = _legacy_sign(sub.secret, body)
    try:
        resp = requests.post(sub.target_url, data=body, headers=headers, timeout=10, verify=sub.verify_tls)
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)


@celery.task
def probe(subscription_id: int) -> int:
    sub = Subscription.get(subscription_id)
    resp = requests.head(sub.target_url, timeout=5, verify=False)  # expect: tls-verify-disabled
    return resp.status_code


@celery.task
def build_export(export_id: int, table: str = "events") -> str:
    export = Export.get(export_id)
    out = os.path.join(EXPORT_ROOT, f"{export.id}.csv")
    subprocess.run(["pg_dump", "--table", table, "--data-only", "-f", out], check=True)  # ok: command-injection
    subprocess.run(f"gzip -f {out}", shell=True, check=True)  # ok: command-injection
    export.mark_done(out)
    return out


@celery.task
def token_digest(export_id: int) -> str:
    export = Export.get(export_id)
    return hashlib.sha1(export.path.encode()).hexdigest()[:12]  # ok: weak-hash
