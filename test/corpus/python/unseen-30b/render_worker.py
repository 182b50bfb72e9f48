"""Celery worker for the media pipeline. Tasks are queued by the upload service with the object key
and the options the uploader picked in the web form."""
import base64
import json
import logging
import os
import pickle
import subprocess
import tempfile

import boto3
from celery import Celery

log = logging.getLogger(__name__)
app = Celery("render", broker=os.environ["BROKER_URL"])
s3 = boto3.client("s3")
BUCKET = os.environ["MEDIA_BUCKET"]
ALLOWED_SIZES = {"small": "320x240", "medium": "800x600", "large": "1600x1200"}


@app.task(bind=True, max_retries=3)
def make_thumbnail(self, object_key, size="medium", watermark=""):
    geometry = ALLOWED_SIZES.get(size, ALLOWED_SIZES["medium"])
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "source")
        dst = os.path.join(tmp, "thumb.jpg")
        s3.download_file(BUCKET, object_key, src)
        # The watermark text is what the uploader typed in the form; the upload service passes it on as is.
        subprocess.run(f"convert {src} -thumbnail {geometry} -gravity south -annotate +0+10 '{watermark}' {dst}", shell=True, check=True)  # expect: command-injection
        s3.upload_file(dst, BUCKET, f"thumbs/{size}/{os.path.basename(object_key)}.jpg")
    return {"key": object_key, "size": size}


@app.task(bind=True, max_retries=3)
def make_watermarked(self, object_key, watermark=""):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "source")
        dst = os.path.join(tmp, "marked.jpg")
        s3.download_file(BUCKET, object_key, src)
        subprocess.run(["convert", src, "-gravity", "south", "-annotate", "+0+10", watermark, dst], check=True)  # ok: command-injection
        s3.upload_file(dst, BUCKET, f"marked/{os.path.basename(object_key)}.jpg")
    return {"key": object_key}


@app.task
def apply_settings(raw):
    settings = json.loads(raw)
    log.info("applying %d settings", len(settings))
    return sorted(settings)


@app.task
def restore_job_state(encoded_state):
    # Sent by the scheduler service over the shared broker; anything that can publish there controls it.
    state = pickle.loads(base64.b64decode(encoded_state))  # expect: unsafe-deserialization
    log.info("restored state for job %s", state.get("job_id"))
    return state.get("job_id")


@app.task
def archive_original(object_key, archive_name):
    local = os.path.join("/var/spool/render/archive", archive_name)
    with open(local, "wb") as fh:  # expect: path-traversal
        s3.download_fileobj(BUCKET, object_key, fh)
    return local


@app.task
def archive_original_safe(object_key, archive_name):
    local = os.path.join("/var/spool/render/archive", os.path.basename(archive_name))
    with open(local, "wb") as fh:  # ok: path-traversal
        s3.download_fileobj(BUCKET, object_key, fh)
    return local
