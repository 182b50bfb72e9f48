"""Celery worker for the media pipeline. Tasks are queued by the upload service with the object key
and the options the uploader picked in the web form."""
import json
import logging
import os
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
def make_thumbnail(self, object_key, size="medium"):
    geometry = ALLOWED_SIZES.get(size, ALLOWED_SIZES["medium"])
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "source")
        dst = os.path.join(tmp, "thumb.jpg")
        s3.download_file(BUCKET, object_key, src)
        subprocess.run(["convert", src, "-thumbnail", geometry, dst], check=True)
        s3.upload_file(dst, BUCKET, f"thumbs/{size}/{os.path.basename(object_key)}.jpg")
    return {"key": object_key, "size": size}


@app.task
def apply_settings(raw):
    settings = json.loads(raw)
    log.info("applying %d settings", len(settings))
    return sorted(settings)
