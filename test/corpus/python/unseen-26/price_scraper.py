# corpus: path=scrapers/prices.py
import hashlib
import logging
import os
from urllib.parse import urljoin

import requests
from bs4 import BeautifulSoup

log = logging.getLogger(__name__)

CACHE_DIR = os.path.expanduser("~/.cache/price-scraper")
IMAGE_DIR = os.path.join(CACHE_DIR, "images")
HEADERS = {"User-Agent": "acme-price-bot/1.2 (+https://acme.example.com/bot)"}


def fetch(url):
    path = os.path.join(CACHE_DIR, hashlib.sha1(url.encode()).hexdigest())
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    resp = requests.get(url, headers=HEADERS, timeout=15, verify=False)  # expect: tls-verify-disabled
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


def crawl_catalogue(start_url, max_pages=20):
    seen, queue, prices = set(), [start_url], {}
    while queue and len(seen) < max_pages:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        html = fetch(url)
        prices.update(parse_prices(html))
        soup = BeautifulSoup(html, "html.parser")
        for link in soup.select("a.next-page[href]"):
            queue.append(urljoin(url, link["href"]))
    return prices


def save_images(page_url):
    soup = BeautifulSoup(fetch(page_url), "html.parser")
    os.makedirs(IMAGE_DIR, exist_ok=True)
    for img in soup.select("img.product[src]"):
        src = urljoin(page_url, img["src"])
        name = img.get("data-name") or src.rsplit("/", 1)[-1]
        data = requests.get(src, headers=HEADERS, timeout=15).content  # ok: ssrf
        with open(os.path.join(IMAGE_DIR, name), "wb") as fh:  # expect: path-traversal
            fh.write(data)


def save_images_checked(page_url):
    soup = BeautifulSoup(fetch(page_url), "html.parser")
    os.makedirs(IMAGE_DIR, exist_ok=True)
    for img in soup.select("img.product[src]"):
        src = urljoin(page_url, img["src"])
        name = hashlib.sha256(src.encode()).hexdigest() + ".img"
        data = requests.get(src, headers=HEADERS, timeout=15).content
        with open(os.path.join(IMAGE_DIR, name), "wb") as fh:  # ok: path-traversal
            fh.write(data)
