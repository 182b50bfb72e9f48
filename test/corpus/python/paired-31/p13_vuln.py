# corpus: path=app/media/thumbnails.py
import subprocess

from flask import Blueprint, jsonify, request

bp = Blueprint("media", __name__)
MEDIA_ROOT = "/srv/media"


def thumbnail_command(video, at):
    return f"ffmpeg -y -ss {at} -i {MEDIA_ROOT}/{video} -frames:v 1 {MEDIA_ROOT}/thumbs/{video}.jpg"


def run_job(command):
    return subprocess.run(command, shell=True, capture_output=True, timeout=60)  # expect: command-injection


@bp.post("/media/thumbnail")
def make_thumbnail():
    data = request.get_json()
    result = run_job(thumbnail_command(data["video"], data.get("at", "00:00:01")))
    return jsonify(ok=result.returncode == 0)
