# corpus: path=analytics/api/reports.py
import subprocess
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from analytics.db import get_session
from analytics.deps import current_user
from analytics.models import Report

router = APIRouter(prefix="/reports")

templates = Environment(loader=FileSystemLoader("analytics/templates"), autoescape=select_autoescape(["html"]))
raw_env = Environment(autoescape=False)  # expect: xss

SORT_COLUMNS = {"created": Report.created_at, "title": Report.title, "views": Report.view_count}


class ReportQuery(BaseModel):
    sort: str = "created"
    tag: str | None = None


class RenderRequest(BaseModel):
    title: str
    body_template: str


class ExportRequest(BaseModel):
    report_id: int
    fmt: Literal["pdf", "xlsx", "csv"]


@router.get("/")
def list_reports(params: ReportQuery = Depends(), db: Session = Depends(get_session), user=Depends(current_user)):
    sql = f"SELECT id, title FROM reports WHERE owner_id = :owner ORDER BY {params.sort}"
    rows = db.execute(text(sql), {"owner": user.id}).all()  # expect: sql-injection
    return [{"id": r.id, "title": r.title} for r in rows]


@router.get("/sorted")
def list_reports_sorted(params: ReportQuery = Depends(), db: Session = Depends(get_session), user=Depends(current_user)):
    column = SORT_COLUMNS.get(params.sort, Report.created_at)
    stmt = select(Report).where(Report.owner_id == user.id).order_by(column.desc())
    return [{"id": r.id, "title": r.title} for r in db.scalars(stmt)]  # ok: sql-injection


@router.get("/by-tag")
def reports_by_tag(tag: str = Query(...), db: Session = Depends(get_session)):
    stmt = text("SELECT id, title FROM reports WHERE :tag = ANY(tags)").bindparams(tag=tag)
    return [dict(r._mapping) for r in db.execute(stmt)]  # ok: sql-injection


@router.post("/preview", response_class=HTMLResponse)
def preview(req: RenderRequest, user=Depends(current_user)):
    return raw_env.from_string(req.body_template).render(user=user.name)  # expect: template-injection


@router.post("/preview/v2", response_class=HTMLResponse)
def preview_v2(req: RenderRequest, user=Depends(current_user)):
    return templates.get_template("preview.html").render(title=req.title, body=req.body_template)  # ok: template-injection, xss


@router.get("/title", response_class=HTMLResponse)
def title_card(title: str = Query("")):
    return f"<h2 class='report-title'>{title}</h2>"  # expect: xss


@router.post("/export")
def export(req: ExportRequest, db: Session = Depends(get_session), user=Depends(current_user)):
    report = db.get(Report, req.report_id)
    if report is None or report.owner_id != user.id:
        raise HTTPException(status_code=404)
    cmd = f"report-export --id {report.id} --format {req.fmt}"
    subprocess.run(cmd, shell=True, check=True)  # ok: command-injection
    return {"queued": True}
