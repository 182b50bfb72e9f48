# corpus: path=inventory/api.py
import os
import sqlite3

import falcon
import requests
import yaml

DB = os.environ.get("INVENTORY_DB", "/srv/inventory.db")
WEBHOOK_TIMEOUT = 5


class ItemsResource:
    def on_get(self, req, resp):
        sort = req.get_param("sort") or "name"
        conn = sqlite3.connect(DB)
        try:
            rows = conn.execute("SELECT sku, name, qty FROM items ORDER BY " + sort).fetchall()  # expect: sql-injection
        finally:
            conn.close()
        resp.media = [{"sku": s, "name": n, "qty": q} for s, n, q in rows]

    def on_post(self, req, resp):
        item = req.get_media()
        conn = sqlite3.connect(DB)
        with conn:
            conn.execute("INSERT INTO items (sku, name, qty) VALUES (?, ?, ?)", (item["sku"], item["name"], int(item["qty"])))  # ok: sql-injection
        conn.close()
        resp.status = falcon.HTTP_201


class ManifestResource:
    def on_post(self, req, resp):
        manifest = yaml.load(req.bounded_stream.read(), Loader=yaml.FullLoader)  # expect: unsafe-deserialization
        resp.media = {"entries": len(manifest or [])}


class SafeManifestResource:
    def on_post(self, req, resp):
        manifest = yaml.safe_load(req.bounded_stream.read())  # ok: unsafe-deserialization
        resp.media = {"entries": len(manifest or [])}


class WebhookTestResource:
    def on_post(self, req, resp):
        target = req.get_media().get("url")
        r = requests.post(target, json={"event": "ping"}, timeout=WEBHOOK_TIMEOUT)  # expect: ssrf
        resp.media = {"status": r.status_code}


app = falcon.App()
app.add_route("/items", ItemsResource())
app.add_route("/manifests", ManifestResource())
app.add_route("/manifests/safe", SafeManifestResource())
app.add_route("/webhooks/test", WebhookTestResource())
