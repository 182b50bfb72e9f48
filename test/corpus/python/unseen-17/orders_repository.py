# corpus: path=app/repositories/orders.py
from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from sqlalchemy import Select, bindparam, column, func, literal_column, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Order

SORTABLE = {"created": Order.created_at, "total": Order.total, "status": Order.status}


@dataclass
class OrderFilter:
    status: str | None = None
    customer: str | None = None
    sort: str = "created"
    desc: bool = True


class OrderRepository:
    def __init__(self, session: AsyncSession, table: str = "orders", schema: str = "sales") -> None:
        self.session = session
        self.table = table
        self.schema = schema

    async def count_since(self, since: datetime) -> int:
        stmt = text(f"SELECT count(*) FROM {self.schema}.{self.table} WHERE created_at >= :since")  # ok: sql-injection
        return (await self.session.execute(stmt, {"since": since})).scalar_one()

    async def list(self, flt: OrderFilter, limit: int = 50) -> Sequence[Order]:
        stmt: Select = select(Order)
        if flt.status:
            stmt = stmt.where(Order.status == flt.status)
        if flt.customer:
            stmt = stmt.where(Order.customer_email.ilike(f"%{flt.customer}%"))  # ok: sql-injection
        order_col = SORTABLE.get(flt.sort, Order.created_at)
        stmt = stmt.order_by(order_col.desc() if flt.desc else order_col.asc()).limit(limit)
        return (await self.session.scalars(stmt)).all()

    async def list_raw_sort(self, sort: str, limit: int = 50) -> Sequence[Order]:
        stmt = select(Order).order_by(text(sort)).limit(limit)  # expect: sql-injection
        return (await self.session.scalars(stmt)).all()

    async def search_notes(self, term: str) -> Sequence[Order]:
        stmt = select(Order).where(text(f"notes @@ plainto_tsquery('{term}')"))  # expect: sql-injection
        return (await self.session.scalars(stmt)).all()

    async def search_notes_v2(self, term: str) -> Sequence[Order]:
        stmt = select(Order).where(text("notes @@ plainto_tsquery(:term)").bindparams(bindparam("term", term)))  # ok: sql-injection
        return (await self.session.scalars(stmt)).all()

    async def totals_by(self, dimension: str) -> list[tuple]:
        if dimension not in {"status", "region", "channel"}:
            raise ValueError(f"unknown dimension {dimension}")
        stmt = select(literal_column(dimension), func.sum(Order.total)).group_by(column(dimension))  # ok: sql-injection
        return [tuple(r) for r in (await self.session.execute(stmt)).all()]

    async def archive_before(self, cutoff: str) -> int:
        result = await self.session.execute(text(f"DELETE FROM {self.table} WHERE created_at < '{cutoff}'"))  # expect: sql-injection
        return result.rowcount
