# corpus: path=app/previews/fetch.py
from urllib.parse import urlparse

import requests

ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


def fetch_preview(url):
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    resp = requests.get(url, timeout=5)  # ok: ssrf
    resp.raise_for_status()
    return resp.text[:2000]
