# corpus: path=media/actors.py
import json
import logging
import os
import subprocess
import tempfile
from pathlib import Path

import dramatiq
import redis
import requests
from dramatiq.brokers.redis import RedisBroker

from media.models import Asset
from media.storage import MEDIA_ROOT, public_url

log = logging.getLogger(__name__)
broker = RedisBroker(url=os.environ["REDIS_URL"])
dramatiq.set_broker(broker)
cache = redis.Redis.from_url(os.environ["REDIS_URL"])

THUMB_SIZES = {"sm": "160x160", "md": "480x480", "lg": "1280x1280"}
MAX_DOWNLOAD = 50 * 1024 * 1024


@dramatiq.actor(max_retries=3)
def make_thumbnail(asset_id, size="md"):
    asset = Asset.get(asset_id)
    geometry = THUMB_SIZES.get(size, THUMB_SIZES["md"])
    src = os.path.join(MEDIA_ROOT, asset.storage_key)
    dest = f"{src}.{size}.webp"
    subprocess.run(["convert", src, "-resize", geometry, dest], check=True, timeout=60)  # ok: command-injection
    asset.thumbs[size] = public_url(dest)
    asset.save()


@dramatiq.actor(max_retries=1, time_limit=900_000)
def transcode(asset_id, preset, crf=23):
    asset = Asset.get(asset_id)
    src = os.path.join(MEDIA_ROOT, asset.storage_key)
    cmd = f"ffmpeg -y -i {src} -preset {preset} -crf {int(crf)} {src}.mp4"
    subprocess.run(cmd, shell=True, check=True, timeout=600)  # expect: command-injection
    asset.renditions.append(f"{asset.storage_key}.mp4")
    asset.save()


@dramatiq.actor(max_retries=2)
def import_remote(asset_id, source_url):
    tmp = tempfile.mktemp(suffix=".download")  # expect: insecure-temp-file
    with requests.get(source_url, timeout=30, stream=True) as resp:  # expect: ssrf
        resp.raise_for_status()
        size = 0
        with open(tmp, "wb") as out:
            for chunk in resp.iter_content(64 * 1024):
                size += len(chunk)
                if size > MAX_DOWNLOAD:
                    raise ValueError("remote file too large")
                out.write(chunk)
    asset = Asset.get(asset_id)
    asset.attach_file(tmp)


@dramatiq.actor(max_retries=2)
def import_from_library(asset_id, library_key):
    fd, tmp = tempfile.mkstemp(suffix=".download")  # ok: insecure-temp-file
    url = f"https://media-library.internal.example.com/v2/objects/{int(library_key)}"
    with requests.get(url, timeout=30, stream=True) as resp:  # ok: ssrf
        resp.raise_for_status()
        with os.fdopen(fd, "wb") as out:
            for chunk in resp.iter_content(64 * 1024):
                out.write(chunk)
    Asset.get(asset_id).attach_file(tmp)


@dramatiq.actor
def write_sidecar(asset_id, filename, metadata):
    asset = Asset.get(asset_id)
    folder = Path(MEDIA_ROOT) / asset.folder
    with open(folder / filename, "w") as fh:  # expect: path-traversal
        json.dump(metadata, fh)


@dramatiq.actor
def write_caption(asset_id, lang, text):
    asset = Asset.get(asset_id)
    if lang not in {"en", "de", "fr", "es"}:
        raise ValueError(f"unsupported language {lang!r}")
    target = Path(MEDIA_ROOT) / asset.folder / f"captions.{lang}.vtt"
    target.write_text(text)  # ok: path-traversal


def cached_metadata(asset_id):
    raw = cache.get(f"meta:{asset_id}")
    if raw is None:
        return None
    return json.loads(raw)  # ok: unsafe-deserialization
