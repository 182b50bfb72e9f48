# corpus: path=service/routers/reports.py
import asyncio
import datetime as dt
import logging
import time
from pathlib import Path
from typing import Annotated

import httpx
import pandas as pd
import requests
from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse, HTMLResponse, Response
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from ..db import engine, get_async_session, get_session
from ..models import Report, Team
from ..security import current_team

log = logging.getLogger(__name__)
router = APIRouter(prefix="/reports", tags=["reports"])
EXPORT_DIR = Path("/srv/exports")
SortField = Annotated[str, Query(pattern="^(created|title|size)$")]


def pagination(offset: int = 0, limit: int = Query(50, le=200)) -> dict:
    return {"offset": offset, "limit": limit}


@router.get("/")
async def list_reports(
    team: Team = Depends(current_team),
    page: dict = Depends(pagination),
    session: AsyncSession = Depends(get_async_session),
):
    stmt = select(Report).where(Report.team_id == team.id).offset(page["offset"]).limit(page["limit"])
    rows = (await session.execute(stmt)).scalars().all()
    return [r.as_dict() for r in rows]


@router.get("/search")
def search_reports(title: str, team: Team = Depends(current_team), session: Session = Depends(get_session)):
    sql = text(f"SELECT id, title FROM reports WHERE team_id = {team.id} AND title ILIKE '%{title}%'")  # also: sql-injection
    rows = session.execute(sql).all()  # expect: sql-injection
    return [{"id": r.id, "title": r.title} for r in rows]


@router.get("/search/bound")
def search_reports_bound(title: str, team: Team = Depends(current_team), session: Session = Depends(get_session)):
    sql = text("SELECT id, title FROM reports WHERE team_id = :team AND title ILIKE :title")
    rows = session.execute(sql, {"team": team.id, "title": f"%{title}%"}).all()  # ok: sql-injection
    return [{"id": r.id, "title": r.title} for r in rows]


@router.get("/sorted")
def sorted_reports(sort: SortField = "created", team: Team = Depends(current_team), session: Session = Depends(get_session)):
    stmt = select(Report).where(Report.team_id == team.id).order_by(text(sort))  # ok: sql-injection
    return [r.as_dict() for r in session.scalars(stmt)]


@router.get("/metrics.csv")
def metrics_frame(metric: str = "views", team: Team = Depends(current_team)):
    frame = pd.read_sql(f"SELECT day, {metric} FROM report_metrics WHERE team_id = {team.id}", engine)  # expect: sql-injection
    return Response(frame.to_csv(index=False), media_type="text/csv")


@router.get("/metrics/daily")
def metrics_daily(day: dt.date, team: Team = Depends(current_team)):
    frame = pd.read_sql(text("SELECT * FROM report_metrics WHERE team_id = :t AND day = :d"), engine, params={"t": team.id, "d": day})  # ok: sql-injection
    return frame.to_dict(orient="records")


@router.get("/download")
def download(name: str, team: Team = Depends(current_team)):
    return FileResponse(EXPORT_DIR / str(team.id) / name)  # expect: path-traversal


@router.get("/preview")
async def preview(title: str = ""):
    return HTMLResponse(f"<html><body><h1>{title}</h1></body></html>")  # expect: xss


@router.post("/fetch")
async def fetch_source(url: str, team: Team = Depends(current_team)):
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(url)  # expect: ssrf
    return {"status": resp.status_code, "bytes": len(resp.content)}


@router.post("/{report_id}/publish")
async def publish(report_id: int, team: Team = Depends(current_team)):
    resp = requests.post(f"https://hooks.internal.example/publish/{report_id}", timeout=5)  # expect: blocking-in-async
    if resp.status_code >= 400:
        raise HTTPException(status_code=502, detail="publish failed")
    return {"published": True}


@router.post("/{report_id}/rebuild")
async def rebuild(report_id: int, team: Team = Depends(current_team)):
    for _ in range(3):
        if await _try_rebuild(report_id):
            return {"rebuilt": True}
        time.sleep(1)  # expect: blocking-in-async
    return {"rebuilt": False}


async def _try_rebuild(report_id: int) -> bool:
    await asyncio.sleep(0.2)
    log.info("rebuild requested for %s", report_id)
    return True
