import json
import logging
import os
import tempfile
from datetime import datetime, timezone

import requests
import yaml
from celery import shared_task
from django.conf import settings
from django.core.cache import cache

from catalog.models import Feed, Product

logger = logging.getLogger(__name__)


def _feed_session() -> requests.Session:
    session = requests.Session()
    session.headers["User-Agent"] = "catalog-sync/2.1"
    return session


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def sync_feed(self, feed_id: int) -> int:
    feed = Feed.objects.get(pk=feed_id)
    session = _feed_session()
    try:
        resp = session.get(feed.url, timeout=30)
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc)
    items = json.loads(resp.content)
    count = 0
    for item in items:
        Product.objects.update_or_create(
            sku=item["sku"],
            defaults={"title": item["title"], "price_cents": int(item["price"] * 100)},
        )
        count += 1
    feed.synced_at = datetime.now(timezone.utc)
    feed.save(update_fields=["synced_at"])
    return count


@shared_task
def load_mapping(feed_id: int) -> dict:
    feed = Feed.objects.get(pk=feed_id)
    mapping = yaml.safe_load(feed.mapping_yaml or "{}")
    cache.set(f"feed-mapping:{feed_id}", mapping, 3600)
    return mapping


@shared_task
def export_catalog() -> str:
    fd, path = tempfile.mkstemp(suffix=".json")
    with os.fdopen(fd, "w") as out:
        json.dump(list(Product.objects.values("sku", "title", "price_cents")), out)
    return path
