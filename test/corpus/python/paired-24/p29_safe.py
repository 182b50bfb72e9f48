# corpus: path=app/api/users.py
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_session

router = APIRouter()
SORTABLE = {"created_at", "email", "last_login"}


@router.get("/users")
def list_users(sort: str = "created_at", db: Session = Depends(get_session)):
    if sort not in SORTABLE:
        raise HTTPException(status_code=400, detail="bad sort column")
    rows = db.execute(text(f"SELECT id, email FROM users ORDER BY {sort}")).all()  # ok: sql-injection
    return [dict(r._mapping) for r in rows]
