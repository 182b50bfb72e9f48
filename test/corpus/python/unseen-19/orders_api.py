# corpus: path=services/orders/api/orders.py
from datetime import datetime
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..db import get_session
from ..models import Order, OrderLine

router = APIRouter(prefix="/orders", tags=["orders"])

ALLOWED_SORTS = {
    "created": Order.created_at.desc(),
    "total": Order.total_cents.desc(),
    "status": Order.status.asc(),
}


class OrderOut(BaseModel):
    id: int
    status: str
    total_cents: int
    created_at: datetime

    class Config:
        from_attributes = True


class OrderRepository:
    def __init__(self, session: Session):
        self.session = session

    def list_for_customer(self, customer_id: int, sort: str, limit: int = 50):
        stmt = (
            select(Order)
            .where(Order.customer_id == customer_id)
            .order_by(text(sort))  # expect: sql-injection
            .limit(limit)
        )
        return self.session.scalars(stmt).all()

    def list_sorted(self, customer_id: int, sort_key: str):
        ordering = ALLOWED_SORTS.get(sort_key, Order.created_at.desc())
        stmt = select(Order).where(Order.customer_id == customer_id).order_by(ordering)  # ok: sql-injection
        return self.session.scalars(stmt).all()

    def find_by_reference(self, reference: str):
        return self.session.execute(
            text("SELECT * FROM orders WHERE external_ref = :ref"), {"ref": reference}  # ok: sql-injection
        ).first()

    def search_notes(self, needle: str):
        clause = f"notes ILIKE '%{needle}%'"
        return self.session.query(Order).filter(text(clause)).all()  # expect: sql-injection

    def count_by_status(self):
        rows = self.session.execute(text("SELECT status, count(*) FROM orders GROUP BY status"))
        return {status: n for status, n in rows}


def order_repository(session: Session = Depends(get_session)) -> OrderRepository:
    return OrderRepository(session)


@router.get("/customer/{customer_id}", response_model=list[OrderOut])
def customer_orders(
    customer_id: int,
    sort: str = Query("created_at desc"),
    repo: OrderRepository = Depends(order_repository),
):
    return repo.list_for_customer(customer_id, sort)


@router.get("/customer/{customer_id}/sorted", response_model=list[OrderOut])
def customer_orders_sorted(
    customer_id: int,
    sort: str = Query("created"),
    repo: OrderRepository = Depends(order_repository),
):
    return repo.list_sorted(customer_id, sort)


@router.get("/by-ref/{reference}", response_model=OrderOut)
def order_by_reference(reference: str, repo: OrderRepository = Depends(order_repository)):
    row = repo.find_by_reference(reference)
    if row is None:
        raise HTTPException(status_code=404, detail="order not found")
    return row


@router.get("/search", response_model=list[OrderOut])
def search_orders(q: str = Query(..., min_length=2), repo: OrderRepository = Depends(order_repository)):
    return repo.search_notes(q)


@router.get("/stats")
def order_stats(repo: OrderRepository = Depends(order_repository)):
    return repo.count_by_status()


@router.get("/lines")
def order_lines(
    order_id: int,
    column: Optional[str] = None,
    session: Session = Depends(get_session),
):
    query = session.query(OrderLine).filter(OrderLine.order_id == order_id)
    if column:
        query = query.order_by(getattr(OrderLine, column, OrderLine.id))  # ok: sql-injection
    return [{"sku": line.sku, "qty": line.quantity} for line in query.all()]


@router.delete("/archive")
def archive_before(before: str, session: Session = Depends(get_session)):
    result = session.execute(
        text(f"UPDATE orders SET archived = true WHERE created_at < '{before}'")  # expect: sql-injection
    )
    session.commit()
    return {"archived": result.rowcount}
