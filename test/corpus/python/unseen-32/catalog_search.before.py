import logging

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
    hits = [p for p in catalog.products() if term in p.title.lower()]
    return web.json_response([p.summary() for p in hits[:limit]])


@routes.post("/products/bulk")
async def bulk_update(request):
    if not request["user"].is_staff:
        raise web.HTTPForbidden()
    doc = yaml.safe_load(await request.text())
    catalog: Catalog = request.app["catalog"]
    changed = 0
    for item in doc.get("products", []):
        changed += catalog.update_price(item["sku"], item["price"])
    log.info("bulk update changed %d products", changed)
    return web.json_response({"changed": changed})
