import json
import logging
import os

import psycopg2
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

log = logging.getLogger(__name__)


class ValidatePipeline:
    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        if not adapter.get("sku"):
            raise DropItem("missing sku")
        return item


class PostgresPipeline:
    def __init__(self, dsn):
        self.dsn = dsn
        self.conn = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("PRODUCTS_DSN"))

    def open_spider(self, spider):
        self.conn = psycopg2.connect(self.dsn)

    def close_spider(self, spider):
        self.conn.commit()
        self.conn.close()

    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO products (sku, title, price, url) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (sku) DO UPDATE SET title = EXCLUDED.title, price = EXCLUDED.price",
                (adapter["sku"], adapter["title"], adapter.get("price"), adapter["url"]),
            )
        return item
