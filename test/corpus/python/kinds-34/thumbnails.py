# corpus: path=thumbs/main.py
import hashlib
import io
import os

import urllib3
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from PIL import Image

app = FastAPI()
http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=3.0, read=10.0), retries=False)
CACHE_DIR = os.environ.get("THUMB_CACHE", "/var/cache/thumbs")
MAX_BYTES = 10 * 1024 * 1024


def fetch_thumbnail(image_url: str, width: int = 320) -> str:
    key = hashlib.md5(f"{image_url}:{width}".encode()).hexdigest()  # ok: weak-hash
    path = os.path.join(CACHE_DIR, key + ".jpg")
    if os.path.exists(path):
        return path

    resp = http.request("GET", image_url, preload_content=False)  # expect: ssrf
    try:
        if resp.status != 200:
            raise HTTPException(status_code=502, detail="could not fetch image")
        data = resp.read(MAX_BYTES + 1)
    finally:
        resp.release_conn()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="image too large")

    img = Image.open(io.BytesIO(data))
    img.thumbnail((width, width))
    img.convert("RGB").save(path, "JPEG", quality=85)
    return path


@app.get("/thumbnail")
def thumbnail(url: str = Query(..., max_length=2048), w: int = 320):
    if w not in (160, 320, 640):
        raise HTTPException(status_code=400, detail="unsupported width")
    return FileResponse(fetch_thumbnail(url, w), media_type="image/jpeg")
