import logging
import os
import shlex
import subprocess as sp
from pathlib import Path

from celery import shared_task

from media.models import Upload
from media.storage import MEDIA_ROOT

log = logging.getLogger(__name__)

THUMB_SIZES = {"small": "160x160", "medium": "480x480", "large": "1024x1024"}


@shared_task
def transcode(upload_id: int, preset: str):
    upload = Upload.objects.get(pk=upload_id)
    src = os.path.join(MEDIA_ROOT, upload.stored_name)
    out = src.rsplit(".", 1)[0] + ".mp4"
    cmd = ["ffmpeg", "-y", "-i", src, "-preset", preset, out]
    sp.run(cmd, check=True)
    upload.transcoded = True
    upload.save(update_fields=["transcoded"])
