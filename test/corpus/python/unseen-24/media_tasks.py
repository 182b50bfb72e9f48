# corpus: path=app/tasks/media.py
import logging
import os
import subprocess
import tarfile
import tempfile
from io import BytesIO

import requests
from celery import shared_task
from PIL import Image

from app.models import Asset, ImportJob, db_session
from app.storage import storage

log = logging.getLogger(__name__)

THUMB_SIZES = {"small": (160, 160), "medium": (640, 640)}
WORK_ROOT = "/var/lib/media/work"


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


@shared_task(bind=True, max_retries=5)
def import_remote_asset(self, job_id):
    job = db_session.get(ImportJob, job_id)
    if job is None:
        return
    try:
        resp = requests.get(job.source_url, timeout=20, stream=True)  # expect: ssrf
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc, countdown=30)
    asset = Asset(owner_id=job.owner_id, storage_key=f"imports/{job.id}", status="pending")
    storage.write(asset.storage_key, resp.content)
    db_session.add(asset)
    db_session.commit()
    make_thumbnails.delay(asset.id)


@shared_task
def unpack_bundle(job_id):
    job = db_session.get(ImportJob, job_id)
    workdir = tempfile.mkdtemp(dir=WORK_ROOT)
    with tarfile.open(fileobj=BytesIO(storage.read(job.bundle_key))) as bundle:
        bundle.extractall(workdir)  # expect: path-traversal
    return workdir


@shared_task
def unpack_bundle_checked(job_id):
    job = db_session.get(ImportJob, job_id)
    workdir = tempfile.mkdtemp(dir=WORK_ROOT)
    with tarfile.open(fileobj=BytesIO(storage.read(job.bundle_key))) as bundle:
        bundle.extractall(workdir, filter="data")  # ok: path-traversal
    return workdir


@shared_task
def transcode_video(asset_id, preset):
    asset = db_session.get(Asset, asset_id)
    src = os.path.join(WORK_ROOT, f"{asset.id}.src")
    dst = os.path.join(WORK_ROOT, f"{asset.id}.mp4")
    with open(src, "wb") as fh:
        fh.write(storage.read(asset.storage_key))
    subprocess.run(["ffmpeg", "-y", "-i", src, "-preset", preset, dst], check=True, timeout=900)  # ok: command-injection
    storage.write(f"{asset.storage_key}.mp4", open(dst, "rb").read())


@shared_task
def watermark(asset_id, caption):
    asset = db_session.get(Asset, asset_id)
    src = os.path.join(WORK_ROOT, f"{asset.id}.png")
    with open(src, "wb") as fh:
        fh.write(storage.read(asset.storage_key))
    os.system(f"convert {src} -gravity south -annotate +0+10 '{caption}' {src}")  # expect: command-injection
    storage.write(asset.storage_key, open(src, "rb").read())


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
