# corpus: path=app/api/routes.py
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy.orm import Session
from starlette.responses import JSONResponse, RedirectResponse

from app.auth import current_user, verify_password
from app.db import get_db
from app.models import Project, Tenant, User

router = APIRouter(prefix="/api")


class ProjectIn(BaseModel):
    name: str
    description: str = ""


@router.post("/projects")
def create_project(body: ProjectIn, db: Session = Depends(get_db), user: User = Depends(current_user)):
    project = Project(**body.model_dump(), owner_id=user.id)  # ok: mass-assignment
    db.add(project)
    db.commit()
    return {"id": project.id}


@router.post("/users")
async def create_user(request: Request, db: Session = Depends(get_db)):
    payload = await request.json()
    user = User(**payload)  # expect: mass-assignment
    db.add(user)
    db.commit()
    return {"id": user.id}


@router.patch("/projects/{project_id}")
async def patch_project(project_id: int, request: Request, db: Session = Depends(get_db), user: User = Depends(current_user)):
    project = db.get(Project, project_id)
    if project is None or project.owner_id != user.id:
        raise HTTPException(404)
    project.__dict__.update(await request.json())  # expect: mass-assignment
    db.commit()
    return {"ok": True}


@router.post("/session/login")
async def session_login(request: Request, db: Session = Depends(get_db)):
    form = await request.form()
    user = db.query(User).filter_by(email=form["email"]).first()
    if user is None or not verify_password(form["password"], user.password_hash):
        return JSONResponse({"error": "invalid credentials"}, status_code=401)
    request.session["user_id"] = user.id  # ok: trust-boundary
    request.session["role"] = user.role  # ok: trust-boundary
    return RedirectResponse("/", status_code=303)


@router.get("/session/tenant")
async def choose_tenant(request: Request):
    request.session["tenant"] = request.query_params["tenant"]  # expect: trust-boundary
    return RedirectResponse("/", status_code=303)


@router.post("/session/impersonate")
async def impersonate(request: Request, db: Session = Depends(get_db)):
    body = await request.json()
    request.session["user_id"] = body["user_id"]  # expect: trust-boundary
    request.session["impersonating"] = True
    return {"ok": True}


@router.get("/tenant/settings")
async def tenant_settings(request: Request, db: Session = Depends(get_db)):
    tenant = db.get(Tenant, request.session.get("tenant"))  # ok: trust-boundary
    if tenant is None:
        raise HTTPException(404)
    return {"name": tenant.name, "plan": tenant.plan}


def build_filters(params: dict[str, Any]) -> dict[str, Any]:
    filters = {}
    filters.update(params)  # ok: mass-assignment
    return filters
