# corpus: path=orders/service.py
import hashlib
import logging
import os
import random
import time
from datetime import datetime, timezone
from typing import Optional

import httpx
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import Column, DateTime, Integer, Numeric, String, create_engine, select, text
from sqlalchemy.orm import Session, declarative_base, sessionmaker

log = logging.getLogger("orders")

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql+psycopg://orders@localhost/orders")
PAYMENTS_URL = "https://api.payments.example.com/v2"
PAYMENTS_KEY = os.environ["PAYMENTS_API_KEY"]

engine = create_engine(DATABASE_URL, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False)
Base = declarative_base()

SORTABLE = {"created": "created_at", "total": "total", "status": "status"}


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    customer_id = Column(Integer, index=True, nullable=False)
    status = Column(String(20), default="pending")
    total = Column(Numeric(10, 2), nullable=False)
    created_at = Column(DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))


class OrderIn(BaseModel):
    customer_id: int
    total: float = Field(gt=0)
    note: Optional[str] = Field(default=None, max_length=500)


class OrderOut(BaseModel):
    id: int
    status: str
    total: float

    class Config:
        from_attributes = True


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


router = APIRouter(prefix="/orders")


@router.get("/", response_model=list[OrderOut])
def list_orders(
    customer_id: int,
    sort: str = Query("created", pattern="^(created|total|status)$"),
    limit: int = Query(50, le=200),
    db: Session = Depends(get_db),
):
    column = SORTABLE[sort]
    rows = db.execute(
        text(f"SELECT id, status, total FROM orders WHERE customer_id = :cid ORDER BY {column} DESC LIMIT :lim"),  # ok: sql-injection
        {"cid": customer_id, "lim": limit},
    )
    return [OrderOut(id=r.id, status=r.status, total=float(r.total)) for r in rows]


@router.get("/search")
def search_orders(status: str, db: Session = Depends(get_db)):
    query = f"SELECT id, total FROM orders WHERE status = '{status}'"
    return [dict(r._mapping) for r in db.execute(text(query))]  # expect: sql-injection


@router.post("/", response_model=OrderOut, status_code=201)
def create_order(payload: OrderIn, db: Session = Depends(get_db)):
    order = Order(customer_id=payload.customer_id, total=payload.total)
    db.add(order)
    db.commit()
    db.refresh(order)
    log.info("order %s created for customer %s", order.id, order.customer_id)
    return order


def charge(order: Order, attempts: int = 4) -> dict:
    idempotency = hashlib.sha1(f"order-{order.id}".encode()).hexdigest()
    for attempt in range(attempts):
        try:
            resp = httpx.post(
                f"{PAYMENTS_URL}/charges",
                json={"amount": int(order.total * 100), "reference": order.id},
                headers={"Authorization": f"Bearer {PAYMENTS_KEY}", "Idempotency-Key": idempotency},
                timeout=10,
            )
            resp.raise_for_status()
            return resp.json()
        except httpx.HTTPError:
            delay = min(30, 2 ** attempt) + random.uniform(0, 1)
            log.warning("charge for order %s failed, retrying in %.1fs", order.id, delay)
            time.sleep(delay)
    raise HTTPException(status_code=502, detail="payment provider unavailable")


@router.post("/{order_id}/pay")
def pay(order_id: int, db: Session = Depends(get_db)):
    order = db.get(Order, order_id)
    if order is None:
        raise HTTPException(status_code=404)
    result = charge(order)
    order.status = "paid" if result.get("status") == "succeeded" else "failed"
    db.commit()
    return {"status": order.status}


app = FastAPI(title="orders")
app.include_router(router)


@app.middleware("http")
async def timing(request: Request, call_next):
    started = time.perf_counter()
    response = await call_next(request)
    response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
    return response
