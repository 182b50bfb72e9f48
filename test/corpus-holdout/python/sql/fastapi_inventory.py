# corpus: path=inventory/routes.py
"""Inventory API on FastAPI with a SQLAlchemy core engine."""
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import text
from sqlalchemy.engine import Connection

from inventory.db import get_conn

router = APIRouter(prefix="/inventory")
Conn = Annotated[Connection, Depends(get_conn)]


@router.get("/{warehouse}/items")
def items(conn: Conn, warehouse: str = Path(...), order: str = Query("sku")):
    stmt = text(f"SELECT sku, qty FROM stock WHERE warehouse = :wh ORDER BY {order}")
    rows = conn.execute(stmt, {"wh": warehouse})  # expect: sql-injection
    return [dict(r._mapping) for r in rows]


@router.get("/{warehouse}/items-safe")
def items_safe(conn: Conn, warehouse: str = Path(...)):
    rows = conn.execute(text("SELECT sku, qty FROM stock WHERE warehouse = :wh ORDER BY sku"), {"wh": warehouse})  # ok: sql-injection
    return [dict(r._mapping) for r in rows]


@router.get("/low")
def low_stock(conn: Conn, threshold: int = 5):
    sql = "SELECT sku FROM stock WHERE qty < %d" % threshold
    return [r.sku for r in conn.exec_driver_sql(sql)]  # ok: sql-injection


@router.get("/by-supplier")
def by_supplier(conn: Conn, supplier: str):
    sql = "SELECT sku FROM stock WHERE supplier = '" + supplier + "'"
    return [r.sku for r in conn.exec_driver_sql(sql)]  # expect: sql-injection


@router.post("/adjust")
async def adjust(request: Request, conn: Conn):
    body = await request.json()
    sku = body["sku"]
    delta = body["delta"]
    conn.execute(  # expect: sql-injection
        text("UPDATE stock SET qty = qty + %s WHERE sku = '%s'" % (delta, sku))
    )
    return {"ok": True}


@router.post("/adjust-safe")
async def adjust_safe(request: Request, conn: Conn):
    body = await request.json()
    conn.execute(text("UPDATE stock SET qty = qty + :d WHERE sku = :s"), {"d": int(body["delta"]), "s": body["sku"]})  # ok: sql-injection
    return {"ok": True}
