# corpus: path=inventory/repository.py
"""Inventory queries used by the Flask API; SQLAlchemy 2.0 style."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from flask import Blueprint, jsonify, request
from sqlalchemy import and_, column, func, literal_column, select, text
from sqlalchemy.orm import Session

from .db import SessionLocal
from .models import Item, Warehouse

log = logging.getLogger(__name__)
bp = Blueprint("inventory", __name__, url_prefix="/inventory")
SORTABLE = {"sku": Item.sku, "qty": Item.quantity, "updated": Item.updated_at}


@dataclass
class StockFilter:
    warehouse: str | None = None
    min_qty: int = 0


def _filter_from_request() -> StockFilter:
    return StockFilter(warehouse=request.args.get("warehouse"), min_qty=int(request.args.get("min", 0)))


def _sort_key() -> str:
    return request.args.get("sort", "sku")


def low_stock(session: Session, threshold: int) -> list[Item]:
    stmt = select(Item).where(Item.quantity < threshold).order_by(Item.quantity)
    return list(session.scalars(stmt))


def stock_by_warehouse(session: Session) -> dict[str, int]:
    stmt = select(Warehouse.code, func.sum(Item.quantity)).join(Item.warehouse).group_by(Warehouse.code)
    return {code: total for code, total in session.execute(stmt)}


@bp.get("/items")
def items():
    flt = _filter_from_request()
    with SessionLocal() as session:
        stmt = select(Item).where(Item.quantity >= flt.min_qty)
        if flt.warehouse:
            stmt = stmt.join(Item.warehouse).where(Warehouse.code == flt.warehouse)
        stmt = stmt.order_by(SORTABLE.get(_sort_key(), Item.sku))  # ok: sql-injection
        return jsonify([i.as_dict() for i in session.scalars(stmt)])


@bp.get("/items/raw-sort")
def items_raw_sort():
    with SessionLocal() as session:
        stmt = select(Item).order_by(literal_column(_sort_key()))  # expect: sql-injection
        return jsonify([i.as_dict() for i in session.scalars(stmt)])


@bp.get("/items/by-location")
def items_by_location():
    location = request.args.get("location", "")
    with SessionLocal() as session:
        rows = session.execute(text("SELECT sku, quantity FROM items WHERE location = '%s'" % location)).all()  # expect: sql-injection
        return jsonify([dict(r._mapping) for r in rows])


@bp.get("/items/by-location/bound")
def items_by_location_bound():
    location = request.args.get("location", "")
    with SessionLocal() as session:
        stmt = text("SELECT sku, quantity FROM items WHERE location = :loc").bindparams(loc=location)
        rows = session.execute(stmt).all()  # ok: sql-injection
        return jsonify([dict(r._mapping) for r in rows])


@bp.get("/items/where")
def items_where():
    field = request.args.get("field", "sku")
    value = request.args.get("value", "")
    with SessionLocal() as session:
        stmt = select(Item).where(text(f"{field} = :v")).params(v=value)  # expect: sql-injection
        return jsonify([i.as_dict() for i in session.scalars(stmt)])


@bp.get("/items/where/column")
def items_where_column():
    value = request.args.get("value", "")
    with SessionLocal() as session:
        stmt = select(Item).where(and_(column("sku") == value, Item.active.is_(True)))  # ok: sql-injection
        return jsonify([i.as_dict() for i in session.scalars(stmt)])


@bp.get("/report/low")
def report_low():
    with SessionLocal() as session:
        rows = low_stock(session, int(request.args.get("threshold", 5)))
        log.info("low stock report: %d items", len(rows))
        return jsonify([i.as_dict() for i in rows])
