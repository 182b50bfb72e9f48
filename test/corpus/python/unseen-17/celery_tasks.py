# corpus: path=worker/tasks.py
import hashlib
import logging
import os
import random
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import requests
from celery import Celery, shared_task
from celery.utils.log import get_task_logger

app = Celery("worker", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
app.conf.update(task_acks_late=True, worker_prefetch_multiplier=1, task_serializer="json", accept_content=["json"])

log = get_task_logger(__name__)
THUMBS = Path(os.environ.get("THUMB_DIR", "/var/lib/worker/thumbs"))


@shared_task(bind=True, max_retries=5)
def fetch_feed(self, feed_id: int, url: str) -> int:
    try:
        resp = requests.get(url, timeout=15, verify=False)  # expect: tls-verify-disabled
        resp.raise_for_status()
    except requests.RequestException as exc:
        delay = 2 ** self.request.retries + random.uniform(0, 1)  # ok: insecure-random
        raise self.retry(exc=exc, countdown=delay)
    log.info("feed %s fetched, %d bytes", feed_id, len(resp.content))
    return len(resp.content)


@shared_task
def make_thumbnail(upload_path: str, original_name: str) -> str:
    out = THUMBS / (hashlib.md5(upload_path.encode()).hexdigest() + ".png")  # ok: weak-hash
    os.system(f"convert '{upload_path}' -thumbnail 256x256 '{out}'")  # expect: command-injection
    log.info("thumbnail for %s", original_name)
    return str(out)


@shared_task
def make_thumbnail_v2(upload_path: str) -> str:
    out = THUMBS / (hashlib.sha256(upload_path.encode()).hexdigest() + ".png")
    subprocess.run(["convert", upload_path, "-thumbnail", "256x256", str(out)], check=True, timeout=60)  # ok: command-injection
    return str(out)


@shared_task
def render_pdf(html: str) -> bytes:
    src = tempfile.mktemp(suffix=".html")  # expect: insecure-temp-file
    with open(src, "w") as fh:
        fh.write(html)
    try:
        return subprocess.check_output(["wkhtmltopdf", src, "-"], timeout=120)
    finally:
        os.unlink(src)


@shared_task
def render_pdf_v2(html: str) -> bytes:
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as fh:  # ok: insecure-temp-file
        fh.write(html)
        src = fh.name
    try:
        return subprocess.check_output(["wkhtmltopdf", src, "-"], timeout=120)
    finally:
        os.unlink(src)


@shared_task
def cleanup_thumbs(max_age_days: int = 30) -> int:
    cutoff = time.time() - max_age_days * 86400
    removed = 0
    for path in THUMBS.glob("*.png"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
    scratch = Path(tempfile.gettempdir()) / "worker-scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    return removed
