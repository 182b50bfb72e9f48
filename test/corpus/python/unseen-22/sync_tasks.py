# corpus: path=catalog/tasks.py
import json
import logging
import os
import pickle
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
    session.verify = False  # expect: tls-verify-disabled
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
    if feed.format == "pickle":
        items = pickle.loads(resp.content)  # expect: unsafe-deserialization
    else:
        items = json.loads(resp.content)  # ok: unsafe-deserialization
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
    mapping = yaml.load(feed.mapping_yaml or "{}", Loader=yaml.Loader)  # expect: unsafe-deserialization
    cache.set(f"feed-mapping:{feed_id}", mapping, 3600)
    return mapping


@shared_task
def load_defaults() -> dict:
    with open(os.path.join(settings.BASE_DIR, "catalog", "defaults.yaml")) as fh:
        return yaml.load(fh, Loader=yaml.SafeLoader)  # ok: unsafe-deserialization


@shared_task
def export_catalog() -> str:
    path = tempfile.mktemp(suffix=".json")  # expect: insecure-temp-file
    with open(path, "w") as out:
        json.dump(list(Product.objects.values("sku", "title", "price_cents")), out)
    return path


@shared_task
def prune_products(skus=[]):  # expect: mutable-default-argument
    removed = 0
    for sku in skus:
        removed += Product.objects.filter(sku=sku, archived=True).delete()[0]
    return removed


@shared_task
def price_report(feed_ids: list[int] | None = None) -> dict:  # ok: mutable-default-argument
    totals = {}
    for feed in Feed.objects.filter(pk__in=feed_ids or []):
        try:
            totals[feed.name] = sum(p.price_cents for p in feed.products.all())
        except:  # expect: bare-except
            logger.warning("feed %s failed", feed.pk)
    return totals
