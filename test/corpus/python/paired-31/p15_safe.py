# corpus: path=app/hooks/preview.py
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("hooks", __name__)
pool = ThreadPoolExecutor(max_workers=4)
PREVIEW_HOSTS = {"github.com", "gitlab.com", "www.youtube.com"}


def fetch_preview(url):
    resp = requests.get(url, timeout=5, allow_redirects=False)  # ok: ssrf
    return {"status": resp.status_code, "title": resp.text[:200]}


@bp.post("/hooks/preview")
def preview_link():
    url = request.get_json()["url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS:
        abort(400)
    future = pool.submit(fetch_preview, url)
    return jsonify(future.result(timeout=10))
