# corpus: path=reports/web.py
import json
import logging

import aiomysql
from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

log = logging.getLogger("reports")
routes = web.RouteTableDef()

METRICS = {"revenue": "SUM(total_cents)", "orders": "COUNT(*)", "avg": "AVG(total_cents)"}


async def init_db(app):
    app["pool"] = await aiomysql.create_pool(host="mysql", user="reports", db="shop", autocommit=True)
    app["mongo"] = AsyncIOMotorClient("mongodb://mongo:27017")["analytics"]
    yield
    app["pool"].close()
    await app["pool"].wait_closed()


@routes.get("/reports/orders")
async def orders_report(request):
    region = request.query.get("region", "eu")
    since = request.query.get("since", "2024-01-01")
    async with request.app["pool"].acquire() as conn:
        async with conn.cursor(aiomysql.DictCursor) as cur:
            await cur.execute(f"SELECT id, total_cents FROM orders WHERE region = '{region}' AND created_at >= '{since}'")  # expect: sql-injection
            rows = await cur.fetchall()
    return web.json_response(rows, dumps=lambda o: json.dumps(o, default=str))


@routes.get("/reports/orders/v2")
async def orders_report_v2(request):
    region = request.query.get("region", "eu")
    since = request.query.get("since", "2024-01-01")
    async with request.app["pool"].acquire() as conn:
        async with conn.cursor(aiomysql.DictCursor) as cur:
            await cur.execute(  # ok: sql-injection
                "SELECT id, total_cents FROM orders WHERE region = %s AND created_at >= %s",
                (region, since),
            )
            rows = await cur.fetchall()
    return web.json_response(rows, dumps=lambda o: json.dumps(o, default=str))


@routes.get("/reports/metric/{name}")
async def metric(request):
    expr = METRICS.get(request.match_info["name"])
    if expr is None:
        raise web.HTTPNotFound()
    async with request.app["pool"].acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute(f"SELECT region, {expr} FROM orders GROUP BY region")  # ok: sql-injection
            rows = await cur.fetchall()
    return web.json_response([{"region": r[0], "value": float(r[1] or 0)} for r in rows])


@routes.get("/reports/group/{column}")
async def grouped(request):
    column = request.match_info["column"]
    async with request.app["pool"].acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT " + column + ", COUNT(*) FROM orders GROUP BY " + column)  # expect: sql-injection
            rows = await cur.fetchall()
    return web.json_response([list(r) for r in rows])


@routes.get("/events")
async def events(request):
    user = request.query.get("user", "")
    cursor = request.app["mongo"].events.find({"$where": f"this.user_id == '{user}'"})  # expect: nosql-injection
    docs = await cursor.to_list(length=200)
    return web.json_response([{"type": d["type"], "at": str(d["at"])} for d in docs])


@routes.get("/events/v2")
async def events_v2(request):
    user = request.query.get("user", "")
    cursor = request.app["mongo"].events.find({"user_id": str(user)})  # ok: nosql-injection
    docs = await cursor.to_list(length=200)
    return web.json_response([{"type": d["type"], "at": str(d["at"])} for d in docs])


@routes.post("/events/query")
async def events_query(request):
    body = await request.json()
    cursor = request.app["mongo"].events.find(body.get("filter", {}))  # expect: nosql-injection
    docs = await cursor.to_list(length=200)
    return web.json_response([{"type": d["type"], "at": str(d["at"])} for d in docs])


@routes.get("/reports/embed")
async def embed(request):
    title = request.query.get("title", "Report")
    html = f"<html><head><title>{title}</title></head><body><div id='chart'></div></body></html>"
    return web.Response(text=html, content_type="text/html")  # expect: xss


@routes.get("/reports/back")
async def back(request):
    target = request.query.get("to", "/reports")
    raise web.HTTPFound(target)  # expect: open-redirect


@routes.get("/reports/home")
async def home(request):
    raise web.HTTPFound(request.app.router["orders"].url_for())  # ok: open-redirect


def make_app():
    app = web.Application()
    app.cleanup_ctx.append(init_db)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
