# corpus: path=app/services/unfurl.py changeset=preview
"""Turns a fetched page into a preview card, and asks oEmbed providers for rich embeds."""
import re
from html import unescape

import requests

OEMBED_ENDPOINTS = {
    "youtube": "https://www.youtube.com/oembed",
    "vimeo": "https://vimeo.com/api/oembed.json",
    "spotify": "https://open.spotify.com/oembed",
}

TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
META = re.compile(r'<meta[^>]+(?:property|name)="(og:[a-z:]+|description)"[^>]+content="([^"]*)"', re.I)


def summarise(html, url):
    card = {"url": url, "title": None, "description": None, "image": None}
    match = TITLE.search(html)
    if match:
        card["title"] = unescape(match.group(1)).strip()[:200]
    for key, value in META.findall(html):
        if key == "og:title":
            card["title"] = unescape(value)[:200]
        elif key in ("og:description", "description"):
            card["description"] = unescape(value)[:500]
        elif key == "og:image":
            card["image"] = value
    return card


def oembed(provider, url):
    endpoint = OEMBED_ENDPOINTS.get(provider)
    if endpoint is None:
        return {"error": "unknown provider"}
    # The endpoint comes from the table; the pasted URL is only a query parameter the provider reads.
    response = requests.get(endpoint, params={"url": url, "format": "json"}, timeout=4)  # ok: ssrf
    if response.status_code != 200:
        return {"error": "provider refused"}
    return response.json()
