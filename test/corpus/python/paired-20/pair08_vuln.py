# corpus: path=app/inventory/views.py
from flask import Blueprint, jsonify, request
from sqlalchemy import text

from ..db import engine

bp = Blueprint("inventory", __name__)


@bp.get("/items/<item_id>")
def item(item_id):
    key = item_id
    with engine.connect() as conn:
        row = conn.execute(text(f"SELECT name, qty FROM items WHERE id = {key}")).first()  # expect: sql-injection
    return jsonify(dict(row._mapping) if row else {})
