# corpus: path=app/routes/preview.py changeset=preview
"""Link previews for the chat composer: the client sends the URL a user pasted."""
from flask import Blueprint, current_app, jsonify, request

from app.services.fetcher import fetch_page, fetch_status, ping
from app.services import unfurl

bp = Blueprint("preview", __name__, url_prefix="/api/preview")


@bp.post("/")
def create_preview():
    payload = request.get_json(force=True)
    url = payload.get("url", "").strip()
    if not url:
        return jsonify(error="url is required"), 400
    html = fetch_page(url)
    return jsonify(unfurl.summarise(html, url))


@bp.get("/status/<component>")
def component_status(component):
    # The status service lives on a fixed internal host; only the path segment comes from the client.
    return jsonify(fetch_status(component))


@bp.get("/health")
def health():
    return jsonify(ok=ping(current_app.config["PREVIEW_HEALTH_URL"]))


@bp.get("/oembed")
def oembed():
    provider = request.args.get("provider", "youtube")
    target = request.args["url"]
    return jsonify(unfurl.oembed(provider, target))
