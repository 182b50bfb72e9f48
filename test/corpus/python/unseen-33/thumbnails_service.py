# corpus: path=services/thumbnails/service.py
"""Thumbnail service (Nameko).

The @http entrypoints are exposed through the public gateway, so their request bodies and query
strings come from browsers. The @rpc entrypoints are only reachable over the internal AMQP broker
by our own services, which pass ids they already resolved.
"""
import json
import os
import subprocess
import uuid

import requests
import yaml
from nameko.rpc import rpc
from nameko.web.handlers import http
from werkzeug.wrappers import Response

CACHE_DIR = "/var/cache/thumbs"
SIZES = {"small": "160x160", "medium": "480x480", "large": "1024x1024"}


class ThumbnailService:
    name = "thumbnails"

    @http("POST", "/thumbnails")
    def create(self, request):
        payload = json.loads(request.get_data(as_text=True))
        out = os.path.join(CACHE_DIR, f"{uuid.uuid4().hex}.jpg")
        size = payload.get("size", "160x160")
        subprocess.run(f"convert {payload['source']} -resize {size} {out}", shell=True, check=True)  # expect: command-injection
        return 201, json.dumps({"path": out})

    @http("POST", "/thumbnails/v2")
    def create_v2(self, request):
        payload = json.loads(request.get_data(as_text=True))
        size = SIZES.get(payload.get("size"), SIZES["small"])
        src = os.path.join(CACHE_DIR, "src", f"{uuid.UUID(payload['upload_id']).hex}.img")
        out = os.path.join(CACHE_DIR, f"{uuid.uuid4().hex}.jpg")
        subprocess.run(["convert", src, "-resize", size, out], check=True)  # ok: command-injection
        return 201, json.dumps({"path": out})

    @http("POST", "/presets/import")
    def import_presets(self, request):
        presets = yaml.load(request.get_data(), Loader=yaml.Loader)  # expect: unsafe-deserialization
        return 200, json.dumps({"imported": len(presets or [])})

    @http("POST", "/presets/validate")
    def validate_presets(self, request):
        presets = yaml.safe_load(request.get_data())  # ok: unsafe-deserialization
        bad = [p for p in presets or [] if p.get("size") not in SIZES.values()]
        return 200, json.dumps({"invalid": len(bad)})

    @http("GET", "/thumbnails/fetch")
    def fetch_remote(self, request):
        image_url = request.args.get("url")
        resp = requests.get(image_url, timeout=10)  # expect: ssrf
        return Response(resp.content, mimetype=resp.headers.get("Content-Type", "image/jpeg"))

    @http("GET", "/thumbnails/<string:thumb_id>")
    def get_thumbnail(self, request, thumb_id):
        path = os.path.join(CACHE_DIR, f"{uuid.UUID(thumb_id).hex}.jpg")
        with open(path, "rb") as fh:  # ok: path-traversal
            return Response(fh.read(), mimetype="image/jpeg")

    @rpc
    def purge(self, upload_id):
        # Called by the uploads service with the UUID it created; not reachable from outside.
        target = os.path.join(CACHE_DIR, "src", f"{upload_id}.img")
        if os.path.exists(target):
            os.remove(target)
        return True
