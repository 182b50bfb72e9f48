import hashlib
import logging
import os
from urllib.parse import urljoin

import requests
from bs4 import BeautifulSoup

log = logging.getLogger(__name__)

CACHE_DIR = os.path.expanduser("~/.cache/price-scraper")
HEADERS = {"User-Agent": "acme-price-bot/1.2 (+https://acme.example.com/bot)"}


def fetch(url):
    path = os.path.join(CACHE_DIR, hashlib.sha1(url.encode()).hexdigest())
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    resp = requests.get(url, headers=HEADERS, timeout=15)
    resp.raise_for_status()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(resp.text)
    return resp.text


def parse_prices(html):
    soup = BeautifulSoup(html, "html.parser")
    prices = {}
    for row in soup.select("table.prices tr"):
        cells = [c.get_text(strip=True) for c in row.find_all("td")]
        if len(cells) >= 2:
            prices[cells[0]] = cells[1]
    return prices
