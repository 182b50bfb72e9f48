# corpus: path=app/media/tasks.py
import logging
import os
import subprocess
from xml.etree import ElementTree

import requests
from celery import shared_task
from lxml import etree

from .models import MediaFile, Feed, db

log = logging.getLogger(__name__)

THUMB_SIZES = {"small": "160x160", "medium": "480x480", "large": "1024x1024"}
MEDIA_ROOT = "/srv/media"


@shared_task(bind=True, max_retries=3)
def make_thumbnail(self, media_id, size="small"):
    media = MediaFile.query.get(media_id)
    if media is None:
        return None
    geometry = THUMB_SIZES.get(size, THUMB_SIZES["small"])
    src = os.path.join(MEDIA_ROOT, media.stored_name)
    dst = os.path.join(MEDIA_ROOT, "thumbs", f"{media.id}-{size}.jpg")
    subprocess.run(f"convert {src} -thumbnail {geometry} {dst}", shell=True, check=True)  # expect: command-injection
    media.thumb_path = dst
    db.session.commit()
    return dst


@shared_task
def probe_duration(media_id):
    media = MediaFile.query.get(media_id)
    src = os.path.join(MEDIA_ROOT, media.stored_name)
    out = subprocess.check_output(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", src])  # ok: command-injection
    media.duration = float(out.strip() or 0)
    db.session.commit()


@shared_task
def refresh_feed(feed_id):
    feed = Feed.query.get(feed_id)
    resp = requests.get(feed.url, timeout=10, verify=False)  # expect: tls-verify-disabled
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # expect: xxe
    root = etree.fromstring(resp.content, parser)  # also: xxe
    items = [el.findtext("title") for el in root.iter("item")]
    feed.item_count = len(items)
    db.session.commit()
    return len(items)


@shared_task
def refresh_feed_safe(feed_id):
    feed = Feed.query.get(feed_id)
    resp = requests.get(feed.url, timeout=10)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(resp.content, parser)  # ok: xxe
    return len(root)


@shared_task
def cleanup(paths):
    for path in paths:
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
    removed = 0
    for path in paths:
        if not os.path.exists(path):
            paths.remove(path)  # expect: mutate-while-iterating
            removed += 1
    return removed


@shared_task
def archive_old(days=30):
    try:
        count = MediaFile.archive_older_than(days)
    finally:
        return count  # expect: finally-control-flow
