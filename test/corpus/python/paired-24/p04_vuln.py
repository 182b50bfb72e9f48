# corpus: path=app/previews/fetch.py
import requests


def fetch_preview(url):
    resp = requests.get(url, timeout=5)  # expect: ssrf
    resp.raise_for_status()
    return resp.text[:2000]
