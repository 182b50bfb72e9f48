# corpus: path=app/services/preview.py
import requests
from flask import Blueprint, request

bp = Blueprint("preview", __name__)


class PreviewSource:
    def __init__(self, url):
        self.url = url

    def endpoint(self):
        return self.url


@bp.get("/preview")
def preview():
    src = PreviewSource(request.args.get("url", ""))
    resp = requests.get(src.endpoint(), timeout=5)  # expect: ssrf
    return resp.text[:500]
