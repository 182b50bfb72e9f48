# corpus: path=orders/main.py
import os

import httpx
from fastapi import Depends, FastAPI, HTTPException, Query, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session
from .models import Order

app = FastAPI(title="orders", debug=True)  # expect: debug-mode
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=".*",  # expect: permissive-cors
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
SORTABLE = {"created": Order.created_at, "total": Order.total}


@app.get("/orders")
def list_orders(status: str = Query("open"), db: Session = Depends(get_session)):
    rows = db.execute(text(f"SELECT id, total FROM orders WHERE status = '{status}'")).all()  # expect: sql-injection
    return [dict(r._mapping) for r in rows]


@app.get("/orders/safe")
def list_orders_safe(status: str = Query("open"), db: Session = Depends(get_session)):
    rows = db.execute(text("SELECT id, total FROM orders WHERE status = :status"), {"status": status}).all()  # ok: sql-injection
    return [dict(r._mapping) for r in rows]


@app.get("/orders/sorted")
def list_sorted(sort: str = "created", db: Session = Depends(get_session)):
    return db.query(Order).order_by(text(sort)).limit(50).all()  # expect: sql-injection


@app.get("/orders/sorted-safe")
def list_sorted_safe(sort: str = "created", db: Session = Depends(get_session)):
    column = SORTABLE.get(sort, Order.created_at)
    return db.query(Order).order_by(column).limit(50).all()  # ok: sql-injection


@app.get("/orders/by-customer")
def by_customer(customer: str, db: Session = Depends(get_session)):
    return db.query(Order).filter(text("customer_ref = '%s'" % customer)).all()  # expect: sql-injection


@app.get("/orders/{order_id}")
def get_order(order_id: int, db: Session = Depends(get_session)):
    row = db.execute(text(f"SELECT * FROM orders WHERE id = {order_id}")).first()  # ok: sql-injection
    if row is None:
        raise HTTPException(status_code=404)
    return dict(row._mapping)


@app.get("/orders/{order_id}/receipt", response_class=HTMLResponse)
def receipt(order_id: int, note: str = ""):
    return f"<h1>Receipt {order_id}</h1><p>{note}</p>"  # expect: xss


@app.post("/orders/{order_id}/notify")
async def notify(order_id: int, callback_url: str):
    async with httpx.AsyncClient(timeout=5) as client:
        await client.post(callback_url, json={"order": order_id})  # expect: ssrf
    return {"queued": True}


@app.post("/session")
def open_session(response: Response, user: str):
    response.set_cookie(key="session_token", value=os.urandom(16).hex(), httponly=True)  # expect: insecure-cookie
    response.set_cookie(key="session_token2", value=os.urandom(16).hex(), httponly=True, secure=True)  # ok: insecure-cookie
    return {"user": user}
