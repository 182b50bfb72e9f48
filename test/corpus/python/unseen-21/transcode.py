# corpus: path=videos/tasks.py
import os
import shlex
import subprocess
import tempfile

from celery import shared_task
from django.http import JsonResponse
from django.views.decorators.http import require_POST

OUTPUT_DIR = "/srv/videos/out"


@shared_task
def make_preview(source_path, width):
    out = os.path.join(OUTPUT_DIR, os.path.basename(source_path) + ".mp4")
    cmd = f"ffmpeg -y -i {shlex.quote(source_path)} -vf scale={int(width)}:-2 {shlex.quote(out)}"
    subprocess.run(cmd, shell=True, check=True)  # ok: command-injection
    return out


@require_POST
def upload(request):
    upload = request.FILES["video"]
    fd, path = tempfile.mkstemp(suffix=".upload")
    with os.fdopen(fd, "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    make_preview.delay(path, request.POST.get("width", "640"))
    return JsonResponse({"queued": True})


@require_POST
def gif(request):
    clip = request.POST["clip"]
    fps = request.POST.get("fps", "10")
    subprocess.run(f"ffmpeg -y -i /srv/videos/clips/{clip} -r {fps} /tmp/preview.gif", shell=True, check=True)  # expect: command-injection
    return JsonResponse({"queued": True})
