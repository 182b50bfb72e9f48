import logging
import os
import subprocess
import tarfile
from io import BytesIO

import requests
from celery import shared_task
from PIL import Image

from app.models import Asset, db_session
from app.storage import storage

log = logging.getLogger(__name__)

THUMB_SIZES = {"small": (160, 160), "medium": (640, 640)}


@shared_task(bind=True, max_retries=3)
def make_thumbnails(self, asset_id):
    asset = db_session.get(Asset, asset_id)
    if asset is None:
        return
    data = storage.read(asset.storage_key)
    with Image.open(BytesIO(data)) as img:
        img = img.convert("RGB")
        for label, size in THUMB_SIZES.items():
            thumb = img.copy()
            thumb.thumbnail(size)
            out = BytesIO()
            thumb.save(out, format="JPEG", quality=85)
            storage.write(f"{asset.storage_key}.{label}.jpg", out.getvalue())
    asset.status = "ready"
    db_session.commit()


@shared_task
def purge_asset(asset_id):
    asset = db_session.get(Asset, asset_id)
    if asset is None:
        return
    for label in THUMB_SIZES:
        storage.delete(f"{asset.storage_key}.{label}.jpg")
    storage.delete(asset.storage_key)
    db_session.delete(asset)
    db_session.commit()
