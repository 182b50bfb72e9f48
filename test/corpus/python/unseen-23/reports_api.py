# corpus: path=reports/api.py
"""Sanic reporting API on SQLAlchemy Core."""
import os

import jinja2
from sanic import Sanic, response
from sanic.exceptions import BadRequest
from sqlalchemy import and_, column, create_engine, select, table, text

app = Sanic("reports")
engine = create_engine(os.environ["REPORTS_DSN"], pool_pre_ping=True)

orders = table("orders", column("id"), column("customer_id"), column("total"), column("status"), column("created_at"))
SORTABLE = {"created_at", "total", "status"}

jinja = jinja2.Environment(
    loader=jinja2.FileSystemLoader("templates/reports"),
    autoescape=jinja2.select_autoescape(["html"]),
)


@app.get("/reports/orders")
async def list_orders(request):
    status = request.args.get("status", "paid")
    stmt = select(orders).where(orders.c.status == status).limit(100)
    with engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()  # ok: sql-injection
    return response.json([dict(r) for r in rows], default=str)


@app.get("/reports/orders/sorted")
async def sorted_orders(request):
    sort = request.args.get("sort", "created_at")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id, total FROM orders ORDER BY {sort} DESC LIMIT 100")).all()  # expect: sql-injection
    return response.json([list(r) for r in rows], default=str)


@app.get("/reports/orders/sorted-safe")
async def sorted_orders_safe(request):
    sort = request.args.get("sort", "created_at")
    if sort not in SORTABLE:
        raise BadRequest("unknown sort column")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id, total FROM orders ORDER BY {sort} DESC LIMIT 100")).all()  # ok: sql-injection
    return response.json([list(r) for r in rows], default=str)


@app.get("/reports/customers/<customer_id:int>")
async def customer_totals(request, customer_id: int):
    since = request.args.get("since", "2020-01-01")
    query = text("SELECT date(created_at) AS day, sum(total) FROM orders WHERE customer_id = :cid AND created_at >= :since GROUP BY day")
    with engine.connect() as conn:
        rows = conn.execute(query, {"cid": customer_id, "since": since}).all()  # ok: sql-injection
    return response.json([list(r) for r in rows], default=str)


@app.get("/reports/search")
async def search(request):
    term = request.args.get("q", "")
    where = "status = 'paid' AND note LIKE '%" + term + "%'"
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, note FROM orders WHERE " + where).all()  # expect: sql-injection
    return response.json([list(r) for r in rows])


@app.get("/reports/range")
async def by_range(request):
    low = int(request.args.get("low", "0"))
    high = int(request.args.get("high", "1000"))
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id FROM orders WHERE total BETWEEN {low} AND {high}")).all()  # ok: sql-injection
    return response.json([r[0] for r in rows])


@app.post("/reports/preview")
async def preview(request):
    body = request.json or {}
    tpl = jinja.from_string(body.get("template", ""))  # expect: template-injection
    return response.html(tpl.render(rows=[]))


@app.post("/reports/render")
async def render_named(request):
    body = request.json or {}
    tpl = jinja.get_template("summary.html")
    return response.html(tpl.render(title=body.get("title", ""), rows=[]))  # ok: xss


@app.get("/reports/greeting")
async def greeting(request):
    name = request.args.get("name", "there")
    return response.html(f"<h1>Report for {name}</h1>")  # expect: xss
