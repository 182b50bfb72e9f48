# corpus: path=catalog/listing.py
"""Product listing endpoints backed by SQLAlchemy."""
from fastapi import APIRouter, Depends, Query
from sqlalchemy import asc, column, desc, select, text
from sqlalchemy.orm import Session

from catalog.db import get_session
from catalog.models import Product

router = APIRouter(prefix="/products")
SORTABLE = {"name": Product.name, "price": Product.price, "created": Product.created_at}


@router.get("/")
def list_products(
    sort: str = Query("name"),
    direction: str = Query("asc"),
    db: Session = Depends(get_session),
):
    order = f"{sort} {direction}"
    rows = db.query(Product).order_by(text(order)).limit(50).all()  # expect: sql-injection
    return [p.to_dict() for p in rows]


@router.get("/safe")
def list_products_safe(
    sort: str = Query("name"),
    direction: str = Query("asc"),
    db: Session = Depends(get_session),
):
    col = SORTABLE.get(sort, Product.name)
    ordering = desc(col) if direction == "desc" else asc(col)
    rows = db.query(Product).order_by(ordering).limit(50).all()  # ok: sql-injection
    return [p.to_dict() for p in rows]


@router.get("/search")
def search(q: str, category: str | None = None, db: Session = Depends(get_session)):
    stmt = select(Product).where(Product.name.ilike(f"%{q}%"))  # ok: sql-injection
    if category:
        stmt = stmt.where(Product.category == category)
    return [p.to_dict() for p in db.scalars(stmt)]


@router.get("/by-tag")
def by_tag(tag: str, db: Session = Depends(get_session)):
    clause = "tags @> ARRAY['%s']" % tag
    rows = db.query(Product).filter(text(clause)).all()  # expect: sql-injection
    return [p.to_dict() for p in rows]


@router.get("/by-tag-safe")
def by_tag_safe(tag: str, db: Session = Depends(get_session)):
    rows = db.query(Product).filter(text("tags @> ARRAY[:tag]")).params(tag=tag).all()  # ok: sql-injection
    return [p.to_dict() for p in rows]


@router.get("/stats")
def stats(field: str = Query("price"), db: Session = Depends(get_session)):
    sql = "SELECT category, avg({}) AS value FROM products GROUP BY category".format(field)
    result = db.execute(  # expect: sql-injection
        text(sql)
    )
    return [dict(r._mapping) for r in result]


@router.get("/count")
def count(db: Session = Depends(get_session)):
    table = "products"
    sql = f"SELECT count(*) FROM {table}"
    return {"count": db.execute(text(sql)).scalar_one()}  # ok: sql-injection


@router.get("/price-range")
def price_range(low: float, high: float, db: Session = Depends(get_session)):
    result = db.execute(
        text("SELECT id, name FROM products WHERE price BETWEEN :low AND :high"),  # ok: sql-injection
        {"low": low, "high": high},
    )
    return [dict(r._mapping) for r in result]


@router.get("/columns")
def pick_columns(fields: str = Query("id,name"), db: Session = Depends(get_session)):
    cols = [column(f) for f in fields.split(",")]
    stmt = select(*cols).select_from(Product.__table__)
    return [dict(r._mapping) for r in db.execute(stmt)]
