# corpus: path=app/reports/api.py
import logging
import random
import secrets
import string
from datetime import date, timedelta

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, select_autoescape
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.security import require_user

router = APIRouter(prefix="/reports", tags=["reports"])
log = logging.getLogger(__name__)
jinja = Environment(autoescape=select_autoescape(default=True))

REPORT_COLUMNS = {"revenue": "sum(total)", "orders": "count(*)", "customers": "count(distinct customer_id)"}


@router.get("/summary")
async def summary(
    metric: str = Query("revenue"),
    days: int = Query(30, ge=1, le=365),
    session: AsyncSession = Depends(get_session),
    user=Depends(require_user),
):
    expr = REPORT_COLUMNS.get(metric)
    if expr is None:
        raise HTTPException(status_code=400, detail="unknown metric")
    since = date.today() - timedelta(days=days)
    rows = await session.execute(text(f"SELECT day, {expr} AS value FROM orders WHERE day >= :since GROUP BY day"), {"since": since})  # ok: sql-injection
    return [{"day": r.day.isoformat(), "value": r.value} for r in rows]


@router.get("/export")
async def export(region: str, session: AsyncSession = Depends(get_session), user=Depends(require_user)):
    stmt = text("SELECT id, total FROM orders WHERE region = '" + region + "'")
    rows = await session.execute(stmt)  # expect: sql-injection
    return [dict(r._mapping) for r in rows]


@router.get("/custom", response_class=HTMLResponse)
async def custom_report(request: Request, user=Depends(require_user)):
    layout = request.query_params.get("layout", "<h1>{{ title }}</h1>")
    tpl = jinja.from_string(layout)  # expect: template-injection
    return tpl.render(title="Custom report", user=user)


@router.get("/go")
async def go(next: str = "/reports"):
    return RedirectResponse(next)  # expect: open-redirect


@router.get("/go/v2")
async def go_v2(next: str = "/reports"):
    target = next if next.startswith("/") and not next.startswith("//") else "/reports"
    return RedirectResponse(target)  # ok: open-redirect


@router.post("/share")
async def share_link(report_id: int, user=Depends(require_user)):
    code = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(12))  # expect: insecure-random
    log.info("user %s shared report %s", user.id, report_id)
    return {"url": f"/r/{code}"}


@router.post("/share/v2")
async def share_link_v2(report_id: int, user=Depends(require_user)):
    code = secrets.token_urlsafe(9)  # ok: insecure-random
    return {"url": f"/r/{code}"}


def sample_for_preview(rows: list[dict], k: int = 20) -> list[dict]:
    if len(rows) <= k:
        return rows
    return random.sample(rows, k)  # ok: insecure-random
