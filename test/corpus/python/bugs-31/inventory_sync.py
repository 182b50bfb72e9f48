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
        for sku in self.cache:
            if sku not in feed:
                self.repo.mark_discontinued(sku)
                del self.cache[sku]  # expect: mutate-while-iterating
        self.fill_backorders()
        log.info("synced %d skus", len(feed))

    def fill_backorders(self) -> None:
        waiting = self.backorders
        for order in waiting:
            item = self.cache.get(order["sku"])
            if item and item["qty"] >= order["qty"]:
                self.repo.release(order["id"])
                self.backorders.remove(order)  # expect: mutate-while-iterating

    def prune_backorders(self, cancelled: set[str]) -> None:
        for order in self.backorders[:]:
            if order["id"] in cancelled:
                self.backorders.remove(order)  # ok: mutate-while-iterating
