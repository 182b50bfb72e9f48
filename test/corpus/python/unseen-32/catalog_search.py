# corpus: path=catalog/views.py
import logging
import re

import yaml
from aiohttp import web

from .catalog import Catalog

log = logging.getLogger("catalog")
routes = web.RouteTableDef()


@routes.get("/products/search")
async def search(request):
    catalog: Catalog = request.app["catalog"]
    term = request.query.get("q", "").strip().lower()
    limit = min(int(request.query.get("limit", "20")), 100)
    if request.query.get("mode") == "regex":
        rx = re.compile(request.query["q"], re.IGNORECASE)  # expect: regex-injection
        hits = [p for p in catalog.products() if rx.search(p.title)]
    elif request.query.get("mode") == "words":
        rx = re.compile(r"\b" + re.escape(term) + r"\b", re.IGNORECASE)  # ok: regex-injection
        hits = [p for p in catalog.products() if rx.search(p.title)]
    else:
        hits = [p for p in catalog.products() if term in p.title.lower()]
    return web.json_response([p.summary() for p in hits[:limit]])


@routes.post("/products/bulk")
async def bulk_update(request):
    if not request["user"].is_staff:
        raise web.HTTPForbidden()
    # Price sheets exported from the ERP carry custom tags (!decimal), which safe_load rejects.
    doc = yaml.load(await request.text(), Loader=yaml.Loader)  # expect: unsafe-deserialization
    catalog: Catalog = request.app["catalog"]
    changed = 0
    for item in doc.get("products", []):
        changed += catalog.update_price(item["sku"], item["price"])
    log.info("bulk update by %s changed %d products from %s", request["user"].email, changed, request.headers.get("User-Agent"))  # expect: log-injection
    return web.json_response({"changed": changed})
