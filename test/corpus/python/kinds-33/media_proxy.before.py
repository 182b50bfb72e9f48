import io
import logging
import os
import secrets

from PIL import Image
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .storage import bucket

log = logging.getLogger("media")
MAX_AVATAR = 2 * 1024 * 1024


async def upload_avatar(request: Request):
    form = await request.form()
    upload = form["avatar"]
    data = await upload.read()
    if len(data) > MAX_AVATAR:
        return JSONResponse({"error": "too large"}, status_code=413)
    image = Image.open(io.BytesIO(data))
    image.thumbnail((256, 256))
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG", quality=85)
    key = f"avatars/{secrets.token_hex(16)}.jpg"
    bucket.put_object(Key=key, Body=out.getvalue(), ContentType="image/jpeg")
    return JSONResponse({"key": key})


app = Starlette(
    debug=os.environ.get("MEDIA_DEBUG") == "1",
    routes=[Route("/avatar", upload_avatar, methods=["POST"])],
)
