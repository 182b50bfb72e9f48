import logging
import os
import subprocess
import tempfile

import requests
from celery import shared_task
from django.conf import settings

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


@shared_task
def refresh_stock(warehouse_id):
    resp = requests.get(f"{settings.WAREHOUSE_API}/warehouses/{warehouse_id}/stock", timeout=20)
    resp.raise_for_status()
    for row in resp.json()["items"]:
        StockLevel.objects.update_or_create(
            warehouse_id=warehouse_id, sku=row["sku"], defaults={"quantity": row["qty"]}
        )
