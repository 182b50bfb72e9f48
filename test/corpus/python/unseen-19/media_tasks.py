# corpus: path=shop/media/tasks.py
import logging
import os
import pickle
import subprocess
import tempfile

import requests
import yaml
from celery import shared_task
from django.conf import settings
from django.core.cache import cache

from .models import MediaAsset, StockLevel

logger = logging.getLogger(__name__)

THUMB_SIZES = [(320, 240), (640, 480), (1280, 960)]


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def make_thumbnails(self, asset_id):
    asset = MediaAsset.objects.get(pk=asset_id)
    src = asset.file.path
    for width, height in THUMB_SIZES:
        out = os.path.join(settings.MEDIA_ROOT, "thumbs", f"{asset.pk}_{width}x{height}.jpg")
        subprocess.run(
            ["convert", src, "-resize", f"{width}x{height}", out],
            check=True,
            timeout=60,
        )
    asset.has_thumbnails = True
    asset.save(update_fields=["has_thumbnails"])


@shared_task(bind=True)
def transcode_upload(self, asset_id, original_name):
    asset = MediaAsset.objects.get(pk=asset_id)
    workdir = tempfile.mkdtemp(prefix="transcode-")
    target = os.path.join(workdir, "out.mp4")
    cmd = f"ffmpeg -y -i '{asset.file.path}' -metadata title='{original_name}' -c:v libx264 {target}"
    subprocess.run(cmd, shell=True, check=True, timeout=900)  # expect: command-injection
    try:
        with open(target, "rb") as fh:
            asset.transcoded.save(f"{asset.pk}.mp4", fh)
    except OSError:
        logger.exception("transcode output missing for %s", asset_id)
        raise
    finally:
        subprocess.run(["rm", "-rf", workdir], check=False)  # ok: command-injection
    return asset.pk


@shared_task
def refresh_stock(warehouse_id):
    resp = requests.get(f"{settings.WAREHOUSE_API}/warehouses/{warehouse_id}/stock", timeout=20)
    resp.raise_for_status()
    levels = {row["sku"]: row["qty"] for row in resp.json()["items"]}
    for sku, qty in levels.items():
        if qty <= 0:
            del levels[sku]  # expect: mutate-while-iterating
    for sku in list(levels):
        if sku.startswith("DISC-"):
            levels.pop(sku)  # ok: mutate-while-iterating
    for sku, qty in levels.items():
        StockLevel.objects.update_or_create(
            warehouse_id=warehouse_id, sku=sku, defaults={"quantity": qty}
        )


@shared_task
def load_pricing_rules():
    resp = requests.get(f"{settings.PRICING_CONFIG_URL}/rules.yaml", timeout=10)
    rules = yaml.load(resp.text, Loader=yaml.Loader)  # expect: unsafe-deserialization
    overrides = yaml.safe_load(open(os.path.join(settings.BASE_DIR, "pricing", "overrides.yaml")))  # ok: unsafe-deserialization
    rules.update(overrides or {})
    cache.set("pricing-rules", rules, timeout=3600)
    return len(rules)


@shared_task
def apply_cart_snapshot(raw):
    cart = pickle.loads(bytes.fromhex(raw))  # expect: unsafe-deserialization
    logger.info("restoring cart with %d items", len(cart.get("items", [])))
    return cart


@shared_task
def sync_supplier_feed(supplier_id):
    imported = 0
    try:
        resp = requests.get(f"{settings.SUPPLIER_API}/{supplier_id}/feed", timeout=30)
        resp.raise_for_status()
        for item in resp.json():
            StockLevel.objects.filter(sku=item["sku"]).update(supplier_price=item["price"])
            imported += 1
    finally:
        logger.info("supplier %s: %d items", supplier_id, imported)
        return imported  # expect: finally-control-flow


@shared_task
def stamp_manifest(batch_id):
    path = os.path.join(settings.MEDIA_ROOT, "manifests", f"{batch_id}.txt")
    with open(path) as manifest:
        lines = manifest.read().splitlines()
        manifest.write(f"# processed {len(lines)} entries\n")  # expect: readonly-file-write
    with open(path, "a") as manifest:
        manifest.write("# closed\n")  # ok: readonly-file-write
    return len(lines)
