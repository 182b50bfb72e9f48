# corpus: path=app/billing/invoices.py
from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter()


@router.get("/invoices/{invoice_id}")
def invoice(invoice_id: str, session: Session = Depends(get_session)):
    ref = invoice_id.strip()
    row = session.execute(text(f"SELECT id, total, status FROM invoices WHERE ref = '{ref}'")).first()  # expect: sql-injection
    if row is None:
        return {"found": False}
    return {"found": True, "id": row.id, "total": float(row.total), "status": row.status}
