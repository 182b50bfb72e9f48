# corpus: path=app/api/users.py
from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.db import get_session

router = APIRouter()


@router.get("/users")
def list_users(sort: str = "created_at", db: Session = Depends(get_session)):
    rows = db.execute(text(f"SELECT id, email FROM users ORDER BY {sort}")).all()  # expect: sql-injection
    return [dict(r._mapping) for r in rows]
