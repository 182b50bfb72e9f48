# corpus: path=shop/api/catalog.py
"""Product catalogue queries (SQLAlchemy 2.0)."""
from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..db import get_session
from ..models import Product

router = APIRouter(prefix="/products", tags=["products"])

SORT_COLUMNS = {"price": Product.price_cents, "name": Product.name, "newest": Product.created_at.desc()}


@router.get("/")
def list_products(
    category: str | None = None,
    sort: str = Query("name"),
    min_price: int | None = None,
    session: Session = Depends(get_session),
):
    stmt = select(Product).where(Product.active.is_(True))
    if category:
        stmt = stmt.where(Product.category == category)
    if min_price is not None:
        stmt = stmt.where(text("price_cents >= :min_price")).params(min_price=min_price)  # ok: sql-injection
    stmt = stmt.order_by(SORT_COLUMNS.get(sort, Product.name))  # ok: sql-injection
    return session.scalars(stmt.limit(100)).all()


@router.get("/search")
def search_products(
    q: str,
    order: str = "name",
    session: Session = Depends(get_session),
):
    stmt = select(Product).where(Product.name.ilike(f"%{q}%"))  # ok: sql-injection
    stmt = stmt.order_by(text(order))  # expect: sql-injection
    return session.scalars(stmt.limit(50)).all()


@router.get("/{product_id}")
def get_product(product_id: int, session: Session = Depends(get_session)):
    product = session.get(Product, product_id)
    if product is None:
        raise HTTPException(status_code=404, detail="product not found")
    return product


@router.get("/by-sku/{sku}")
def get_by_sku(sku: str, session: Session = Depends(get_session)):
    row = session.execute(text("SELECT id FROM products WHERE sku = :sku"), {"sku": sku}).first()
    if row is None:
        raise HTTPException(status_code=404, detail="product not found")
    return session.get(Product, row.id)


@router.get("/by-tag/{tag}")
def by_tag(tag: str, session: Session = Depends(get_session)):
    where = "tags @> ARRAY['%s']" % tag
    rows = session.execute(text("SELECT id FROM products WHERE " + where)).all()  # expect: sql-injection
    return [session.get(Product, r.id) for r in rows]
