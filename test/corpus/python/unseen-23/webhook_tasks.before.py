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


@celery.task(bind=True, max_retries=5, default_retry_delay=30)
def deliver(self, subscription_id: int, event: dict) -> None:
    sub = Subscription.get(subscription_id)
    body = json.dumps(event).encode()
    headers = {"Content-Type": "application/json", "X-Signature": _sign(sub.secret, body)}
    try:
        resp = requests.post(sub.target_url, data=body, headers=headers, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)


@celery.task
def build_export(export_id: int) -> str:
    export = Export.get(export_id)
    out = os.path.join(EXPORT_ROOT, f"{export.id}.csv.gz")
    subprocess.run(["pg_dump", "--table", "events", "--data-only", "-f", out], check=True)
    export.mark_done(out)
    return out
