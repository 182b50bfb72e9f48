# corpus: path=app/hooks/preview.py
from concurrent.futures import ThreadPoolExecutor

import requests
from flask import Blueprint, jsonify, request

bp = Blueprint("hooks", __name__)
pool = ThreadPoolExecutor(max_workers=4)


def fetch_preview(url):
    resp = requests.get(url, timeout=5, allow_redirects=False)  # expect: ssrf
    return {"status": resp.status_code, "title": resp.text[:200]}


@bp.post("/hooks/preview")
def preview_link():
    url = request.get_json()["url"]
    future = pool.submit(fetch_preview, url)
    return jsonify(future.result(timeout=10))
