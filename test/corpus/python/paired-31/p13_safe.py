# corpus: path=app/media/thumbnails.py
import shlex
import subprocess

from flask import Blueprint, jsonify, request

bp = Blueprint("media", __name__)
MEDIA_ROOT = "/srv/media"


def thumbnail_command(video, at):
    source = shlex.quote(f"{MEDIA_ROOT}/{video}")
    target = shlex.quote(f"{MEDIA_ROOT}/thumbs/{video}.jpg")
    return f"ffmpeg -y -ss {shlex.quote(at)} -i {source} -frames:v 1 {target}"


def run_job(command):
    return subprocess.run(command, shell=True, capture_output=True, timeout=60)  # ok: command-injection


@bp.post("/media/thumbnail")
def make_thumbnail():
    data = request.get_json()
    result = run_job(thumbnail_command(data["video"], data.get("at", "00:00:01")))
    return jsonify(ok=result.returncode == 0)
