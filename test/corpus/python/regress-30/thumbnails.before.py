import os
import subprocess

from celery import shared_task

THUMB_DIR = "/srv/media/thumbs"
SOURCE_DIR = "/srv/media/originals"


@shared_task
def make_thumbnail(original_name: str, size: int = 256) -> str:
    source = os.path.join(SOURCE_DIR, os.path.basename(original_name))
    stem, _ = os.path.splitext(os.path.basename(original_name))
    target = os.path.join(THUMB_DIR, f"{stem}-{size}.webp")
    subprocess.run(["convert", source, "-resize", f"{size}x{size}", target], check=True)
    return target
