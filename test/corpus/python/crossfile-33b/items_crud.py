# corpus: path=backend/app/services/crud.py changeset=inventory
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..models import Item

SORTABLE = {"name": "name", "price": "price", "created": "created_at"}


def list_items(db: Session, sort: str = "name", search: str | None = None):
    order = SORTABLE.get(sort, "name")
    stmt = "SELECT id, name, price FROM items"
    if search:
        stmt += " WHERE name ILIKE '%" + search + "%'"
    stmt += " ORDER BY " + order
    return db.execute(text(stmt)).mappings().all()  # expect: sql-injection


def get_item(db: Session, item_id: int):
    return db.execute(text("SELECT id, name, price FROM items WHERE id = :id"), {"id": item_id}).mappings().first()  # ok: sql-injection


def count_items(db: Session) -> int:
    return db.query(Item).count()
