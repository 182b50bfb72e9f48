# corpus: path=media/tasks.py
"""Background jobs that shell out to ffmpeg and ImageMagick."""
import logging
import os
import shlex
import subprocess
from pathlib import Path

from celery import shared_task

from .models import Upload

log = logging.getLogger(__name__)
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/media"))


@shared_task
def make_thumbnail(upload_id: int, size: str = "320x240") -> str:
    upload = Upload.objects.get(pk=upload_id)
    src = MEDIA_ROOT / upload.stored_name
    dest = src.with_suffix(".thumb.jpg")
    subprocess.run(["convert", str(src), "-thumbnail", size, str(dest)], check=True, timeout=60)  # ok: command-injection
    return str(dest)


@shared_task
def transcode(upload_id: int, preset: str) -> str:
    upload = Upload.objects.get(pk=upload_id)
    src = MEDIA_ROOT / upload.stored_name
    out = src.with_suffix(".mp4")
    # original_name is whatever the browser sent in the multipart header
    title = upload.original_name
    cmd = f"ffmpeg -y -i {src} -preset {preset} -metadata title='{title}' {out}"
    subprocess.run(cmd, shell=True, check=True)  # expect: command-injection
    return str(out)


@shared_task
def probe_duration(upload_id: int) -> float:
    upload = Upload.objects.get(pk=upload_id)
    src = MEDIA_ROOT / upload.stored_name
    result = subprocess.run(  # ok: command-injection
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(src)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.strip())


@shared_task
def watermark(upload_id: int, text: str) -> None:
    upload = Upload.objects.get(pk=upload_id)
    src = MEDIA_ROOT / upload.stored_name
    quoted = shlex.quote(text)
    os.system(f"convert {shlex.quote(str(src))} -gravity south -annotate +0+10 {quoted} {shlex.quote(str(src))}")  # ok: command-injection


@shared_task
def archive_user_uploads(username: str) -> None:
    target = MEDIA_ROOT / "archives"
    os.system("tar czf %s/%s.tar.gz %s/users/%s" % (target, username, MEDIA_ROOT, username))  # expect: command-injection
    log.info("archived uploads for %s", username)
