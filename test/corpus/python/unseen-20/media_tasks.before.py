import logging
import os
import subprocess
from xml.etree import ElementTree

import requests
from celery import shared_task

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
    subprocess.run(["convert", src, "-thumbnail", geometry, dst], check=True)
    media.thumb_path = dst
    db.session.commit()
    return dst


@shared_task
def refresh_feed(feed_id):
    feed = Feed.query.get(feed_id)
    resp = requests.get(feed.url, timeout=10)
    root = ElementTree.fromstring(resp.content)
    items = [el.findtext("title") for el in root.iter("item")]
    feed.item_count = len(items)
    db.session.commit()
    return len(items)


@shared_task
def cleanup(paths):
    for path in paths:
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
