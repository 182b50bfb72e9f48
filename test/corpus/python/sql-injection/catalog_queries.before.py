"""Product catalogue queries (SQLAlchemy 2.0)."""
from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..db import get_session
from ..models import Product

router = APIRouter(prefix="/products", tags=["products"])


@router.get("/")
def list_products(
    category: str | None = None,
    session: Session = Depends(get_session),
):
    stmt = select(Product).where(Product.active.is_(True))
    if category:
        stmt = stmt.where(Product.category == category)
    return session.scalars(stmt.limit(100)).all()


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
