# corpus: path=crawler/spiders/catalog.py
import hashlib
import os
import subprocess
from urllib.parse import urlparse

import scrapy

from crawler.items import ProductItem

DOWNLOAD_DIR = os.environ.get("CRAWL_DOWNLOADS", "/data/crawl/downloads")
ALLOWED_HOSTS = {"shop.example.com", "cdn.shop.example.com"}


class CatalogSpider(scrapy.Spider):
    name = "catalog"
    allowed_domains = ["shop.example.com"]
    start_urls = ["https://shop.example.com/catalog/"]
    custom_settings = {"DOWNLOAD_DELAY": 0.5, "ROBOTSTXT_OBEY": True}

    def parse(self, response):
        for card in response.css("div.product-card"):
            href = card.css("a::attr(href)").get()
            if href:
                yield response.follow(href, callback=self.parse_product)  # ok: ssrf
        next_page = response.css("a.next::attr(href)").get()
        if next_page:
            yield response.follow(next_page, callback=self.parse)

    def parse_product(self, response):
        item = ProductItem()
        item["url"] = response.url
        item["sku"] = response.css("span.sku::text").get(default="").strip()
        item["title"] = response.css("h1::text").get(default="").strip()
        item["price"] = response.css("meta[itemprop=price]::attr(content)").get()
        item["description"] = " ".join(response.css("div.description ::text").getall()).strip()
        item["image_urls"] = [response.urljoin(u) for u in response.css("img.gallery::attr(src)").getall()]
        datasheet = response.css("a.datasheet::attr(href)").get()
        if datasheet:
            yield scrapy.Request(response.urljoin(datasheet), callback=self.save_datasheet, cb_kwargs={"sku": item["sku"]})
        yield item

    def save_datasheet(self, response, sku):
        disposition = response.headers.get("Content-Disposition", b"").decode("latin-1")
        filename = disposition.split("filename=")[-1].strip('"') or f"{sku}.pdf"
        path = os.path.join(DOWNLOAD_DIR, filename)
        with open(path, "wb") as fh:  # expect: path-traversal
            fh.write(response.body)
        subprocess.run(f"pdftotext {path} {path}.txt", shell=True, check=False)  # expect: command-injection
        self.logger.info("saved datasheet for %s", sku)

    def save_datasheet_hashed(self, response, sku):
        digest = hashlib.sha256(response.url.encode()).hexdigest()
        path = os.path.join(DOWNLOAD_DIR, f"{digest}.pdf")
        with open(path, "wb") as fh:  # ok: path-traversal
            fh.write(response.body)
        subprocess.run(["pdftotext", path, f"{path}.txt"], check=False)  # ok: command-injection

    def parse_mirror(self, response):
        for link in response.css("a.mirror::attr(href)").getall():
            host = urlparse(link).hostname
            if host in ALLOWED_HOSTS:
                yield scrapy.Request(link, callback=self.parse_product)  # ok: ssrf
