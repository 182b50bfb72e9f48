# corpus: path=app/services/fetcher.py changeset=preview
"""HTTP helpers for the preview service."""
import logging
from urllib.parse import quote

import requests

log = logging.getLogger(__name__)

STATUS_BASE = "https://status.internal.example.com/api/v2/components/"
USER_AGENT = "chat-preview/2.3 (+https://chat.example.com/bot)"


def fetch_page(url, timeout=4):
    """Fetches a page for its title, description and image."""
    log.info("preview fetch %s", url)
    response = requests.get(url, timeout=timeout, headers={"User-Agent": USER_AGENT})  # expect: ssrf
    response.raise_for_status()
    return response.text[:200_000]


def fetch_status(component):
    response = requests.get(STATUS_BASE + quote(component, safe=""), timeout=3)  # ok: ssrf
    return response.json()


def ping(url):
    try:
        return requests.head(url, timeout=2).ok  # ok: ssrf
    except requests.RequestException:
        return False
