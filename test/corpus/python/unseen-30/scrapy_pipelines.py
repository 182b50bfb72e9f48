# corpus: path=crawler/pipelines.py
import json
import logging
import os

import psycopg2
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

log = logging.getLogger(__name__)

EXPORT_ROOT = os.environ.get("CRAWL_EXPORTS", "/data/crawl/json")


class ValidatePipeline:
    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        if not adapter.get("sku"):
            raise DropItem("missing sku")
        return item


class JsonPerItemPipeline:
    def process_item(self, item, spider):
        adapter = ItemAdapter(item)
        path = os.path.join(EXPORT_ROOT, spider.name, f"{adapter['sku']}.json")
        with open(path, "w", encoding="utf-8") as fh:  # expect: path-traversal
            json.dump(adapter.asdict(), fh, ensure_ascii=False)
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
            description = adapter.get("description", "").replace("\x00", "")
            cur.execute(f"UPDATE products SET description = '{description}' WHERE sku = '{adapter['sku']}'")  # expect: sql-injection
            cur.execute("UPDATE products SET crawled_at = now() WHERE sku = %s", (adapter["sku"],))  # ok: sql-injection
        log.debug("stored %s", adapter["sku"])
        return item
