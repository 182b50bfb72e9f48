from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..deps import get_session
from ..schemas import ProductOut

router = APIRouter(prefix="/catalog", tags=["catalog"])

SORT_COLUMNS = {
    "name": "p.name",
    "price": "p.price_cents",
    "newest": "p.created_at DESC",
    "rating": "p.avg_rating DESC",
}

BASE_SELECT = """
    SELECT p.id, p.name, p.price_cents, p.avg_rating, c.slug AS category
    FROM products p
    JOIN categories c ON c.id = p.category_id
    WHERE p.archived = false
"""


@router.get("/products", response_model=list[ProductOut])
def list_products(
    category: str | None = None,
    sort: str = "name",
    limit: int = Query(24, le=100),
    db: Session = Depends(get_session),
):
    sql = BASE_SELECT
    params = {"limit": limit}
    if category:
        sql += " AND c.slug = :category"
        params["category"] = category
    sql += " ORDER BY p.name"
    sql += " LIMIT :limit"
    rows = db.execute(text(sql), params).mappings().all()
    return [ProductOut(**r) for r in rows]


@router.get("/search", response_model=list[ProductOut])
def search_products(
    q: str,
    sort: str = "relevance",
    page: int = 1,
    db: Session = Depends(get_session),
):
    if len(q) < 2:
        raise HTTPException(400, "query too short")
    sql = (
        BASE_SELECT
        + " AND p.search_vector @@ plainto_tsquery(:q)"
    )
    params = {"q": q, "offset": (page - 1) * 24}
    sql += " ORDER BY ts_rank(p.search_vector, plainto_tsquery(:q)) DESC"
    sql += " LIMIT 24 OFFSET :offset"
    rows = db.execute(text(sql), params).mappings().all()
    return [ProductOut(**r) for r in rows]


@router.get("/categories")
def list_categories(db: Session = Depends(get_session)):
    rows = db.execute(
        text("SELECT slug, title FROM categories ORDER BY position")
    ).mappings().all()
    return {"categories": [dict(r) for r in rows]}
