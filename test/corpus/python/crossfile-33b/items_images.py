# corpus: path=backend/app/services/images.py changeset=inventory
import io
import os
import uuid

import httpx
from PIL import Image

MEDIA_ROOT = os.environ.get("MEDIA_ROOT", "/var/lib/inventory/media")
MAX_BYTES = 8 * 1024 * 1024


def store_image(item_id: int, original_name: str, data: bytes) -> str:
    # The stored name is generated; the client's file name only lends its extension, checked against a list.
    ext = os.path.splitext(original_name or "")[1].lower()
    if ext not in {".png", ".jpg", ".jpeg", ".webp"}:
        ext = ".png"
    key = f"{item_id}/{uuid.uuid4().hex}{ext}"
    target = os.path.join(MEDIA_ROOT, key)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as fh:  # ok: path-traversal
        fh.write(data)
    return key


def resize_remote(item_id: int, url: str) -> str:
    response = httpx.get(url, timeout=5.0, follow_redirects=True)  # expect: ssrf
    response.raise_for_status()
    if len(response.content) > MAX_BYTES:
        raise ValueError("image too large")
    image = Image.open(io.BytesIO(response.content))
    image.thumbnail((512, 512))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return store_image(item_id, "remote.png", buffer.getvalue())
