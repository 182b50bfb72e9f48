# corpus: path=app/integrations/preview.py
import requests
from flask import Blueprint, request

bp = Blueprint("preview", __name__)


class PreviewSource:
    def __init__(self, url):
        self.url = url
        self.fallback = "https://cdn.example.com/placeholder.json"

    def location(self):
        return self.url


@bp.get("/preview")
def preview():
    source = PreviewSource(request.args.get("url", ""))
    resp = requests.get(source.location(), timeout=5)  # expect: ssrf
    return {"status": resp.status_code, "length": len(resp.content)}
