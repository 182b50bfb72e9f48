import sqlite3
from datetime import date

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse

router = APIRouter()
SORTS = {"date": "issued_on", "amount": "total"}


def db() -> sqlite3.Connection:
    return sqlite3.connect("invoices.db")


@router.get("/invoices")
def list_invoices(customer: str = Query(...), sort: str = "date", since: date | None = None):
    column = SORTS.get(sort)
    if column is None:
        raise HTTPException(status_code=400, detail="bad sort")
    params = [customer]
    where = "customer = ?"
    if since is not None:
        where += " AND issued_on >= ?"
        params.append(since.isoformat())
    rows = db().execute(f"SELECT id, total FROM invoices WHERE {where} ORDER BY {column}", params).fetchall()
    return [{"id": r[0], "total": r[1]} for r in rows]


@router.get("/invoices/{invoice_id}/note", response_class=HTMLResponse)
def invoice_note(invoice_id: int, note: str = ""):
    row = db().execute("SELECT number FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=404)
    return "<h1>Invoice</h1>"
