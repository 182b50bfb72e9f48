# corpus: path=media/service.py
import os
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

MEDIA_ROOT = Path("/srv/media")
FFMPEG = "/usr/bin/ffmpeg"


def _source_path(request: web.Request) -> str:
    return os.path.join(str(MEDIA_ROOT), request.match_info["name"])


def _quality(request: web.Request) -> str:
    return request.query.get("q", "720")


@dataclass
class Job:
    src: str
    dst: str
    scale: str

    def command(self) -> str:
        return f"{FFMPEG} -i {self.src} -vf scale=-2:{self.scale} {self.dst}"


async def transcode(request: web.Request) -> web.Response:
    job = Job(src=_source_path(request), dst="/tmp/out.mp4", scale=_quality(request))
    proc = subprocess.Popen(job.command(), shell=True)  # expect: command-injection
    proc.wait()
    return web.json_response({"status": proc.returncode})


async def transcode_safe(request: web.Request) -> web.Response:
    name = Path(request.match_info["name"]).name
    scale = str(int(request.query.get("q", "720")))
    cmd = [FFMPEG, "-i", str(MEDIA_ROOT / name), "-vf", f"scale=-2:{scale}", "/tmp/out.mp4"]
    proc = subprocess.run(cmd, check=False)  # expect: blocking-in-async; ok: command-injection
    return web.json_response({"status": proc.returncode})


async def probe(request: web.Request) -> web.Response:
    quoted = shlex.quote(_source_path(request))
    out = subprocess.check_output(f"ffprobe -v quiet -print_format json {quoted}", shell=True)  # expect: blocking-in-async; ok: command-injection
    return web.Response(body=out, content_type="application/json")


async def thumbnail(request: web.Request) -> web.Response:
    with open(_source_path(request), "rb") as fh:  # expect: path-traversal
        head = fh.read(4096)
    return web.Response(body=head, content_type="application/octet-stream")


async def stats(request: web.Request) -> web.Response:
    usage = {p.name: p.stat().st_size for p in MEDIA_ROOT.iterdir() if p.is_file()}
    return web.json_response(usage)


def setup(app: web.Application) -> None:
    app.router.add_post("/media/{name}/transcode", transcode)
    app.router.add_post("/media/{name}/transcode/v2", transcode_safe)
    app.router.add_get("/media/{name}/probe", probe)
    app.router.add_get("/media/{name}/thumb", thumbnail)
    app.router.add_get("/media/stats", stats)
