# corpus: path=catalog/repository.py
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from catalog.models import Item

SORT_COLUMNS = {"name": Item.name, "price": Item.price, "updated": Item.updated_at}


@dataclass
class Page:
    items: Sequence[Item]
    total: int


class ItemRepository:
    def __init__(self, session: Session, table: str = "catalog_item") -> None:
        self.session = session
        self.table = table

    def count_active(self) -> int:
        sql = text(f"SELECT count(*) FROM {self.table} WHERE active")
        return self.session.execute(sql).scalar_one()  # ok: sql-injection

    def page(self, offset: int, limit: int, sort: str = "name") -> Page:
        column = SORT_COLUMNS.get(sort, Item.name)
        stmt: Select[Any] = select(Item).where(Item.active.is_(True)).order_by(column).offset(offset).limit(limit)
        items = self.session.scalars(stmt).all()
        total = self.session.scalar(select(func.count()).select_from(Item).where(Item.active.is_(True)))
        return Page(items=items, total=total or 0)

    def by_tag(self, tag: str) -> Sequence[Item]:
        stmt = text("SELECT * FROM catalog_item WHERE :tag = ANY(tags)").bindparams(tag=tag)
        return self.session.execute(stmt).all()  # ok: sql-injection


class ItemSearch:
    """One search request: filters come from the query string, the SQL is built on demand."""

    def __init__(self, session: Session, params: dict[str, str]) -> None:
        self.session = session
        self.term = params.get("q", "")
        self.order = params.get("order", "name")

    def _where(self) -> str:
        return f"name ILIKE '%{self.term}%'"

    def run(self) -> list[dict[str, Any]]:
        sql = f"SELECT id, name, price FROM catalog_item WHERE {self._where()} ORDER BY {self.order}"
        rows = self.session.execute(text(sql)).all()  # expect: sql-injection
        return [dict(r._mapping) for r in rows]

    def run_safe(self) -> list[dict[str, Any]]:
        column = SORT_COLUMNS.get(self.order, Item.name)
        stmt = select(Item.id, Item.name, Item.price).where(Item.name.ilike(f"%{self.term}%")).order_by(column)
        rows = self.session.execute(stmt).all()  # ok: sql-injection
        return [dict(r._mapping) for r in rows]
