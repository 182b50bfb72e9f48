# corpus: path=media/tasks.py
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


@shared_task(bind=True, max_retries=3)
def make_thumbnail(self, upload_id: int, size: str = "medium"):
    upload = Upload.objects.get(pk=upload_id)
    src = Path(MEDIA_ROOT) / upload.stored_name
    dst = src.with_suffix(f".{size}.jpg")
    geometry = THUMB_SIZES.get(size, THUMB_SIZES["medium"])
    sp.run(["convert", str(src), "-resize", geometry, str(dst)], check=True)  # ok: command-injection
    return str(dst)


@shared_task
def transcode(upload_id: int, preset: str):
    upload = Upload.objects.get(pk=upload_id)
    src = os.path.join(MEDIA_ROOT, upload.stored_name)
    out = src.rsplit(".", 1)[0] + ".mp4"
    cmd = f"ffmpeg -y -i {src} -preset {preset} {out}"
    sp.run(cmd, shell=True, check=True)  # expect: command-injection
    upload.transcoded = True
    upload.save(update_fields=["transcoded"])


@shared_task
def extract_audio(upload_id: int, title: str):
    upload = Upload.objects.get(pk=upload_id)
    src = os.path.join(MEDIA_ROOT, upload.stored_name)
    quoted = shlex.quote(title)
    sp.check_call(f"ffmpeg -i {shlex.quote(src)} -metadata title={quoted} out.mp3", shell=True)  # ok: command-injection


@shared_task
def probe(upload_id: int):
    upload = Upload.objects.get(pk=upload_id)
    path = os.path.join(MEDIA_ROOT, upload.original_name)
    output = os.popen("ffprobe -v quiet -print_format json -show_format " + path).read()  # expect: command-injection
    log.info("probed %s", upload_id)
    return output
