# corpus: path=catalog/queries.py
from flask import Blueprint, jsonify, request
from peewee import SqliteDatabase, fn

from .models import Product

db = SqliteDatabase("catalog.db")
bp = Blueprint("catalog", __name__)


@bp.get("/products/search")
def search():
    term = request.args.get("q", "")
    rows = Product.raw(f"SELECT * FROM product WHERE name LIKE '%{term}%'")  # expect: sql-injection
    return jsonify([r.name for r in rows])


@bp.get("/products/by-sku")
def by_sku():
    sku = request.args["sku"]
    cursor = db.execute_sql("SELECT id, name FROM product WHERE sku = '" + sku + "'")  # expect: sql-injection
    return jsonify(cursor.fetchall())


@bp.get("/products/by-sku-safe")
def by_sku_safe():
    cursor = db.execute_sql("SELECT id, name FROM product WHERE sku = ?", (request.args["sku"],))  # ok: sql-injection
    return jsonify(cursor.fetchall())


@bp.get("/products/cheap")
def cheap():
    limit = int(request.args.get("max", 10))
    rows = Product.select().where(Product.price < limit).order_by(fn.Lower(Product.name))  # ok: sql-injection
    return jsonify([r.name for r in rows])
