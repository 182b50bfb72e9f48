# corpus: path=app/api/hooks.py
import hashlib
import hmac
import logging
from datetime import datetime, timezone

import httpx
import yaml
from fastapi import APIRouter, BackgroundTasks, Depends, Header, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from ..db import get_session
from ..models import Deployment, Project
from ..settings import settings

router = APIRouter(prefix="/hooks", tags=["hooks"])
log = logging.getLogger(__name__)


async def notify_owner(project: Project, text: str) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(project.slack_webhook_url, json={"text": text})


async def record_deployment(session: AsyncSession, project: Project, ref: str, status: str) -> Deployment:
    dep = Deployment(project_id=project.id, ref=ref, status=status, created_at=datetime.now(timezone.utc))
    session.add(dep)
    await session.commit()
    return dep


def _signature(body: bytes) -> str:
    return "sha256=" + hmac.new(settings.hook_secret.encode(), body, hashlib.sha256).hexdigest()


@router.post("/ci/{slug}")
async def ci_finished(
    slug: str,
    request: Request,
    background: BackgroundTasks,
    x_signature: str = Header(""),
    session: AsyncSession = Depends(get_session),
):
    body = await request.body()
    if not hmac.compare_digest(x_signature, _signature(body)):  # ok: timing-unsafe-comparison
        raise HTTPException(status_code=401, detail="bad signature")
    payload = await request.json()
    project = (await session.execute(select(Project).where(Project.slug == slug))).scalar_one_or_none()
    if project is None:
        raise HTTPException(status_code=404)
    ref = payload.get("ref", "")
    status = payload.get("status", "unknown")
    dep = await record_deployment(session, project, ref, status)
    if status == "failed":
        notify_owner(project, f"Build {ref} failed on {project.name}: {payload.get('url', '')}")  # expect: missing-await
    elif status == "fixed":
        background.add_task(notify_owner, project, f"Build {ref} is green again on {project.name}")  # ok: missing-await
    log.info("deployment %s recorded for %s", dep.id, project.slug)
    return {"id": dep.id}


@router.post("/config/{slug}")
async def push_config(
    slug: str,
    request: Request,
    x_signature: str = Header(""),
    session: AsyncSession = Depends(get_session),
):
    body = await request.body()
    if not hmac.compare_digest(x_signature, _signature(body)):
        raise HTTPException(status_code=401, detail="bad signature")
    project = (await session.execute(select(Project).where(Project.slug == slug))).scalar_one_or_none()
    if project is None:
        raise HTTPException(status_code=404)
    try:
        config = yaml.safe_load(body)  # ok: unsafe-deserialization
    except yaml.YAMLError as exc:
        raise HTTPException(status_code=422, detail="config is not valid YAML") from exc
    if not isinstance(config, dict):
        raise HTTPException(status_code=422, detail="config must be a mapping")
    project.pipeline = config.get("pipeline", [])
    project.updated_at = datetime.now(timezone.utc)
    await session.commit()
    return {"slug": project.slug, "steps": len(project.pipeline)}


@router.get("/deployments/{slug}")
async def deployments(slug: str, session: AsyncSession = Depends(get_session)):
    project = (await session.execute(select(Project).where(Project.slug == slug))).scalar_one_or_none()
    if project is None:
        raise HTTPException(status_code=404)
    rows = (
        await session.execute(
            select(Deployment).where(Deployment.project_id == project.id).order_by(Deployment.created_at.desc()).limit(50)
        )
    ).scalars()
    return [{"id": d.id, "ref": d.ref, "status": d.status, "at": d.created_at.isoformat()} for d in rows]
