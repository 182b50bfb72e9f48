# corpus: path=worker/setup.py
"""Worker process setup: scratch space, upstream endpoints and the debug console."""
import logging
import os
from tempfile import NamedTemporaryFile, mkstemp, mktemp

import requests
from werkzeug.debug import DebuggedApplication

from worker.app import create_app

log = logging.getLogger(__name__)
PRICING_URL = "http://pricing.internal-partner.net/v1/quotes"  # expect: cleartext-http
AUDIT_URL = os.environ.get("AUDIT_URL", "https://audit.example.com/events")  # ok: cleartext-http


def scratch_path(job_id: str) -> str:
    path = mktemp(prefix=f"job-{job_id}-", suffix=".json")  # expect: insecure-temp-file
    return path


def scratch_file(job_id: str) -> str:
    fd, path = mkstemp(prefix=f"job-{job_id}-", suffix=".json")  # ok: insecure-temp-file
    os.close(fd)
    return path


def spool(data: bytes) -> str:
    with NamedTemporaryFile(delete=False) as fh:  # ok: insecure-temp-file
        fh.write(data)
    return fh.name


def quote(sku: str, qty: int) -> dict:
    return requests.get(PRICING_URL, params={"sku": sku, "qty": qty}, timeout=5).json()


def publish_audit(event: dict) -> None:
    requests.post(AUDIT_URL, json=event, timeout=5)


def fetch_rates() -> dict:
    return requests.get("http://rates.fx-provider.com/latest?base=EUR", timeout=5).json()  # expect: cleartext-http


def wsgi():
    app = create_app()
    if os.environ.get("WORKER_DEBUG") == "1":
        app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=False)  # ok: debug-mode
    return app


def wsgi_dev():
    app = create_app()
    app.wsgi_app = DebuggedApplication(app.wsgi_app, evalex=True)  # expect: debug-mode
    return app
