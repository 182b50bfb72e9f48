# corpus: path=app/routers/reports.py
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

import pandas as pd
from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse, HTMLResponse
from pydantic import BaseModel, Field
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.deps import current_user, get_db
from app.models import Sale, User

router = APIRouter(prefix="/reports", tags=["reports"])

REPORT_ROOT = Path("/srv/reports").resolve()
GROUPABLE = Literal["region", "product", "channel"]


class SalesFilter(BaseModel):
    start: date
    end: date
    expression: str = Field("", max_length=200, description="pandas filter, e.g. amount > 100")
    group_by: GROUPABLE = "region"


class ColumnFormula(BaseModel):
    name: str = Field(pattern=r"^[a-z_]{1,30}$")
    formula: str


async def _sales_frame(db: AsyncSession, user: User, start: date, end: date) -> pd.DataFrame:
    stmt = select(Sale.region, Sale.product, Sale.channel, Sale.amount, Sale.sold_at).where(
        Sale.tenant_id == user.tenant_id, Sale.sold_at.between(start, end)
    )
    rows = (await db.execute(stmt)).all()  # ok: sql-injection
    return pd.DataFrame(rows, columns=["region", "product", "channel", "amount", "sold_at"])


@router.post("/sales/summary")
async def sales_summary(
    flt: SalesFilter,
    db: Annotated[AsyncSession, Depends(get_db)],
    user: Annotated[User, Depends(current_user)],
):
    df = await _sales_frame(db, user, flt.start, flt.end)
    if flt.expression:
        df = df.query(flt.expression)  # expect: code-injection
    summary = df.groupby(flt.group_by)["amount"].sum().reset_index()  # ok: code-injection
    return summary.to_dict(orient="records")


@router.post("/sales/derived")
async def derived_column(
    formula: ColumnFormula,
    start: date,
    end: date,
    db: Annotated[AsyncSession, Depends(get_db)],
    user: Annotated[User, Depends(current_user)],
):
    df = await _sales_frame(db, user, start, end)
    df[formula.name] = df.eval(formula.formula)  # expect: code-injection
    return df.head(50).to_dict(orient="records")


@router.get("/sales/top")
async def top_products(
    db: Annotated[AsyncSession, Depends(get_db)],
    user: Annotated[User, Depends(current_user)],
    limit: int = Query(10, ge=1, le=100),
    min_amount: float = 0.0,
):
    df = await _sales_frame(db, user, date(2026, 1, 1), date.today())
    df = df.query("amount >= @min_amount")  # ok: code-injection
    return df.nlargest(limit, "amount").to_dict(orient="records")


@router.get("/sales/by-channel")
async def by_channel(
    channel: str,
    db: Annotated[AsyncSession, Depends(get_db)],
    user: Annotated[User, Depends(current_user)],
):
    result = await db.execute(
        text(f"SELECT product, SUM(amount) AS total FROM sales WHERE tenant_id = :t AND channel = '{channel}' GROUP BY product"),  # expect: sql-injection
        {"t": user.tenant_id},
    )
    return [dict(r._mapping) for r in result]


@router.get("/files/{name}")
async def download_report(name: str, user: Annotated[User, Depends(current_user)]):
    path = (REPORT_ROOT / str(user.tenant_id) / name).resolve()
    if not path.is_relative_to(REPORT_ROOT / str(user.tenant_id)):
        raise HTTPException(status_code=404)
    return FileResponse(path)  # ok: path-traversal


@router.get("/archive")
async def download_archive(file: str, user: Annotated[User, Depends(current_user)]):
    return FileResponse(f"/srv/reports/archive/{file}")  # expect: path-traversal


@router.get("/preview", response_class=HTMLResponse)
async def preview(title: str = "Sales", user: User = Depends(current_user)):
    return f"<html><head><title>{title}</title></head><body><div id='chart'></div></body></html>"  # expect: xss
