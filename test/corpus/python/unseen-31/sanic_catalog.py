# corpus: path=catalog/server.py
import os

from peewee import SQL, CharField, DecimalField, IntegerField, Model, PostgresqlDatabase
from sanic import Sanic, response
from sanic.exceptions import NotFound

db = PostgresqlDatabase(os.environ.get("CATALOG_DB", "catalog"), host=os.environ.get("PGHOST", "db"))
app = Sanic("catalog")
MEDIA_ROOT = "/srv/catalog/media"
ORDERINGS = {"price": "price", "-price": "price DESC", "name": "name"}


class Product(Model):
    sku = CharField(unique=True)
    name = CharField()
    category = CharField()
    price = DecimalField(decimal_places=2)
    stock = IntegerField(default=0)

    class Meta:
        database = db


def _out(products):
    return [{"sku": p.sku, "name": p.name, "price": str(p.price)} for p in products]


@app.get("/products")
async def list_products(request):
    q = request.args.get("q", "")
    products = Product.raw(f"SELECT * FROM product WHERE name ILIKE '%%{q}%%' LIMIT 100")  # expect: sql-injection
    return response.json(_out(products))


@app.get("/products/v2")
async def list_products_v2(request):
    q = request.args.get("q", "")
    products = Product.raw("SELECT * FROM product WHERE name ILIKE %s LIMIT 100", f"%{q}%")  # ok: sql-injection
    return response.json(_out(products))


@app.get("/products/cheap")
async def cheap(request):
    max_price = request.args.get("max", "10")
    products = Product.select().where(SQL(f"price < {max_price}"))  # expect: sql-injection
    return response.json(_out(products))


@app.get("/products/sorted")
async def sorted_products(request):
    ordering = ORDERINGS.get(request.args.get("order", "name"), "name")
    products = Product.select().order_by(SQL(ordering)).limit(100)  # ok: sql-injection
    return response.json(_out(products))


@app.get("/products/category")
async def by_category(request):
    category = request.args.get("c", "")
    products = Product.select().where(Product.category == category).limit(100)  # ok: sql-injection
    return response.json(_out(products))


@app.post("/products/restock")
async def restock(request):
    payload = request.json or {}
    sku = payload.get("sku", "")
    db.execute_sql(f"UPDATE product SET stock = stock + {int(payload.get('qty', 0))} WHERE sku = '{sku}'")  # expect: sql-injection
    return response.json({"ok": True})


@app.post("/products/restock/v2")
async def restock_v2(request):
    payload = request.json or {}
    db.execute_sql("UPDATE product SET stock = stock + %s WHERE sku = %s", (int(payload.get("qty", 0)), payload.get("sku", "")))  # ok: sql-injection
    return response.json({"ok": True})


@app.get("/media/<name>")
async def media(request, name):
    return await response.file(os.path.join(MEDIA_ROOT, name))  # expect: path-traversal


@app.get("/media/safe/<name>")
async def media_safe(request, name):
    path = os.path.realpath(os.path.join(MEDIA_ROOT, name))
    if os.path.commonpath([path, MEDIA_ROOT]) != MEDIA_ROOT:
        raise NotFound("no such file")
    return await response.file(path)  # ok: path-traversal


@app.get("/share")
async def share(request):
    sku = request.args.get("sku", "")
    return response.html(f"<p>Share <a href='/p/{sku}'>{sku}</a> with a friend</p>")  # expect: xss


@app.get("/continue")
async def cont(request):
    return response.redirect(request.args.get("next", "/products"))  # expect: open-redirect


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True, auto_reload=True)  # expect: debug-mode
