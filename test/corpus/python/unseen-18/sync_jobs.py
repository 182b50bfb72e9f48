# corpus: path=worker/sync_jobs.py
import json
import logging
import os
import pickle
import shlex
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import boto3
import requests
from celery import shared_task
from lxml import etree

from .models import Feed, SyncRun

log = logging.getLogger(__name__)
s3 = boto3.client("s3")
ARCHIVE_BUCKET = os.environ.get("ARCHIVE_BUCKET", "feeds-archive")
WORK_DIR = Path(os.environ.get("SYNC_WORK_DIR", "/var/lib/sync"))


@shared_task(bind=True, max_retries=3)
def sync_feed(self, feed_id):
    feed = Feed.objects.get(pk=feed_id)
    run = SyncRun.objects.create(feed=feed)
    try:
        resp = requests.get(feed.url, timeout=20, verify=False)  # expect: tls-verify-disabled
        resp.raise_for_status()
        parser = etree.XMLParser(resolve_entities=True)  # expect: xxe
        root = etree.fromstring(resp.content, parser)
        items = [{"title": node.findtext("title"), "link": node.findtext("link")} for node in root.iter("item")]
        run.items = len(items)
        run.status = "ok"
    except requests.RequestException as exc:
        run.status = "failed"
        log.warning("feed %s failed: %s", feed_id, exc)
        raise self.retry(exc=exc, countdown=60)
    finally:
        run.save()
    return len(items)


def parse_settings_xml(raw: bytes):
    root = ET.fromstring(raw)  # ok: xxe
    return {child.tag: child.text for child in root}


@shared_task
def restore_snapshot(key):
    body = s3.get_object(Bucket=ARCHIVE_BUCKET, Key=key)["Body"].read()
    snapshot = json.loads(body)  # ok: unsafe-deserialization
    return len(snapshot.get("feeds", []))


def load_local_cache(path: Path):
    with path.open("rb") as handle:
        return pickle.load(handle)


@shared_task
def compress_run(run_id, label):
    target = WORK_DIR / f"run-{int(run_id)}.tar.gz"
    subprocess.run(["tar", "czf", str(target), "-C", str(WORK_DIR), f"run-{int(run_id)}"], check=True)  # ok: command-injection
    subprocess.run("logger -t sync " + shlex.quote(label), shell=True, check=True)  # ok: command-injection
    return str(target)


def summarize(runs):
    total = 0
    for run in runs:
        try:
            total += run.items or 0
        except TypeError:
            continue
    return total
