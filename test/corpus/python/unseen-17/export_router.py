# corpus: path=app/api/routes/exports.py
import asyncio
import logging
import shlex
import subprocess
from pathlib import Path
from uuid import uuid4

import httpx
from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Query
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from pydantic import AnyHttpUrl, BaseModel

from app.config import settings
from app.deps import current_user, get_db
from app.models import User

router = APIRouter(prefix="/exports", tags=["exports"])
log = logging.getLogger(__name__)
EXPORT_ROOT = Path(settings.export_dir)


class ExportRequest(BaseModel):
    table: str
    fmt: str = "csv"
    notify_url: AnyHttpUrl | None = None
    label: str = ""


ALLOWED_TABLES = {"orders", "customers", "invoices"}


def run_export(job_id: str, table: str, fmt: str) -> None:
    out = EXPORT_ROOT / f"{job_id}.{fmt}"
    subprocess.run(f"pg_export --table {table} --format {fmt} --out {out}", shell=True, check=True)  # expect: command-injection


def run_export_safe(job_id: str, table: str, fmt: str) -> None:
    out = EXPORT_ROOT / f"{job_id}.{fmt}"
    subprocess.run(["pg_export", "--table", table, "--format", fmt, "--out", str(out)], check=True)  # ok: command-injection


async def notify(url: str, job_id: str) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(url, json={"job": job_id, "status": "done"})  # expect: ssrf


@router.post("/")
async def create_export(body: ExportRequest, tasks: BackgroundTasks, user: User = Depends(current_user)):
    job_id = uuid4().hex
    tasks.add_task(run_export, job_id, body.table, body.fmt)
    if body.notify_url:
        tasks.add_task(notify, str(body.notify_url), job_id)
    log.info("export %s queued by %s", job_id, user.id)
    return {"job": job_id}


@router.post("/v2")
async def create_export_v2(body: ExportRequest, tasks: BackgroundTasks, user: User = Depends(current_user)):
    if body.table not in ALLOWED_TABLES or body.fmt not in {"csv", "parquet"}:
        raise HTTPException(status_code=400, detail="unsupported export")
    job_id = uuid4().hex
    tasks.add_task(run_export_safe, job_id, body.table, body.fmt)
    return {"job": job_id}


@router.post("/archive")
async def archive(label: str = Query(..., max_length=64), user: User = Depends(current_user)):
    cmd = f"tar czf {EXPORT_ROOT}/archive.tgz -C {EXPORT_ROOT} --label={shlex.quote(label)} ."
    proc = await asyncio.create_subprocess_shell(cmd)  # ok: command-injection
    await proc.wait()
    return {"ok": proc.returncode == 0}


@router.post("/archive/raw")
async def archive_raw(label: str = Query(..., max_length=64), user: User = Depends(current_user)):
    proc = await asyncio.create_subprocess_shell(f"tar czf {EXPORT_ROOT}/archive.tgz -C {EXPORT_ROOT} --label='{label}' .")  # expect: command-injection
    await proc.wait()
    return {"ok": proc.returncode == 0}


@router.get("/{job_id}/download")
async def download(job_id: str, fmt: str = "csv", user: User = Depends(current_user)):
    path = EXPORT_ROOT / f"{job_id}.{fmt}"
    return FileResponse(path, filename=f"export.{fmt}")  # expect: path-traversal


@router.get("/{job_id}/download/v2")
async def download_v2(job_id: str, user: User = Depends(current_user)):
    if not job_id.isalnum():
        raise HTTPException(status_code=400)
    return FileResponse(EXPORT_ROOT / f"{job_id}.csv", filename="export.csv")  # ok: path-traversal


@router.get("/{job_id}/status", response_class=HTMLResponse)
async def status_page(job_id: str, label: str = "", user: User = Depends(current_user)):
    done = (EXPORT_ROOT / f"{job_id}.csv").exists() if job_id.isalnum() else False
    return HTMLResponse(f"<p>Export {label}: {'ready' if done else 'running'}</p>")  # expect: xss


@router.get("/docs")
async def docs_redirect(section: str = "exports"):
    return RedirectResponse(f"{settings.docs_base_url}/guide/{section}")  # ok: open-redirect


@router.get("/partner/{partner_id}")
async def partner_status(partner_id: int, user: User = Depends(current_user)):
    async with httpx.AsyncClient(base_url=settings.partner_api, timeout=5) as client:
        resp = await client.get(f"/partners/{partner_id}/status")  # ok: ssrf
    return resp.json()
