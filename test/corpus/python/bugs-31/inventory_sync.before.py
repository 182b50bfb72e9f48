"""Keeps the local SKU cache in step with the supplier feed."""
import logging

import requests

log = logging.getLogger(__name__)

FEED_URL = "https://supplier.example.com/feed/stock.json"


class InventorySync:
    def __init__(self, repo):
        self.repo = repo
        self.cache: dict[str, dict] = {}
        self.backorders: list[dict] = []

    def pull(self) -> dict:
        resp = requests.get(FEED_URL, timeout=30)
        resp.raise_for_status()
        return {item["sku"]: item for item in resp.json()["items"]}

    def run(self) -> None:
        feed = self.pull()
        for sku, item in feed.items():
            self.cache[sku] = item
            self.repo.upsert(sku, item["qty"], item["price"])
        log.info("synced %d skus", len(feed))
