# corpus: path=media/api.py
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import httpx
from fastapi import APIRouter, HTTPException, UploadFile
from fastapi.responses import FileResponse, StreamingResponse

router = APIRouter(prefix="/media")
MEDIA_ROOT = Path("/var/media")
THUMB_SIZES = {"small": "128x128", "large": "512x512"}


@router.get("/files/{name}")
async def get_file(name: str):
    return FileResponse(MEDIA_ROOT / name)  # expect: path-traversal


@router.get("/safe/{name}")
async def get_safe(name: str):
    target = (MEDIA_ROOT / name).resolve()
    if MEDIA_ROOT.resolve() not in target.parents:
        raise HTTPException(status_code=404)
    return FileResponse(target)  # ok: path-traversal


@router.delete("/files/{name}")
async def delete_file(name: str):
    shutil.rmtree(os.path.join(MEDIA_ROOT, name), ignore_errors=True)  # expect: path-traversal
    return {"deleted": name}


@router.post("/import")
async def import_remote(source_url: str):
    async with httpx.AsyncClient(follow_redirects=True) as http:
        resp = await http.get(source_url)  # expect: ssrf
    dest = MEDIA_ROOT / "imports" / os.path.basename(source_url)
    dest.write_bytes(resp.content)  # ok: path-traversal
    return {"stored": dest.name}


@router.post("/thumbs")
async def thumbnail(file: UploadFile, size: str = "small"):
    geometry = THUMB_SIZES.get(size, "128x128")
    with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as tmp:  # ok: insecure-temp-file
        tmp.write(await file.read())
    subprocess.run(["convert", tmp.name, "-resize", geometry, tmp.name], check=True)  # expect: blocking-in-async; ok: command-injection
    return FileResponse(tmp.name, media_type="image/png")  # ok: path-traversal


@router.post("/transcode")
async def transcode(name: str, codec: str):
    cmd = f"ffmpeg -i {MEDIA_ROOT / name} -c:v {codec} /tmp/out.mp4"
    subprocess.run(cmd, shell=True, check=True)  # expect: command-injection
    return {"ok": True}


@router.get("/stream/{name}")
async def stream(name: str):
    path = MEDIA_ROOT / "videos" / name
    return StreamingResponse(open(path, "rb"), media_type="video/mp4")  # expect: path-traversal
