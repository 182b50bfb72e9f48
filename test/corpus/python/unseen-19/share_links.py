# corpus: path=api/routes/share.py
import html
import secrets
from datetime import datetime, timedelta, timezone
from urllib.parse import urlparse

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from ..db import get_db
from ..settings import settings

router = APIRouter()

OWN_HOSTS = {"app.acme.io", "acme.io"}


@router.post("/share")
async def create_share(
    target: str = Form(...),
    note: str = Form(""),
    db: AsyncSession = Depends(get_db),
):
    code = secrets.token_urlsafe(8)
    expires = datetime.now(timezone.utc) + timedelta(days=settings.share_ttl_days)
    await db.execute(
        text("INSERT INTO share_links (code, target, note, expires_at) VALUES (:c, :t, :n, :e)"),  # ok: sql-injection
        {"c": code, "t": target, "n": note, "e": expires},
    )
    await db.commit()
    return {"code": code, "expires_at": expires.isoformat()}


@router.get("/s/{code}")
async def follow_share(code: str, db: AsyncSession = Depends(get_db)):
    row = (await db.execute(text("SELECT target FROM share_links WHERE code = :c"), {"c": code})).first()
    if row is None:
        raise HTTPException(404)
    return RedirectResponse(row.target, status_code=302)


@router.get("/go")
async def go(request: Request):
    dest = request.query_params.get("to", "/")
    return RedirectResponse(dest)  # expect: open-redirect


@router.get("/continue")
async def continue_to(request: Request):
    dest = request.query_params.get("to", "/")
    parsed = urlparse(dest)
    if parsed.netloc and parsed.netloc not in OWN_HOSTS:
        dest = "/"
    return RedirectResponse(dest)  # ok: open-redirect


@router.get("/s/{code}/preview", response_class=HTMLResponse)
async def preview_share(code: str, request: Request, db: AsyncSession = Depends(get_db)):
    row = (await db.execute(text("SELECT target, note FROM share_links WHERE code = :c"), {"c": code})).first()
    if row is None:
        raise HTTPException(404)
    ref = request.query_params.get("ref", "")
    body = f"""
    <html><body>
      <h1>Shared link</h1>
      <p>{html.escape(row.note)}</p>
      <a href="{html.escape(row.target, quote=True)}">Open</a>
      <small>shared via {ref}</small>
    </body></html>
    """
    return HTMLResponse(body)  # expect: xss


@router.get("/s/{code}/card", response_class=HTMLResponse)
async def share_card(code: str, request: Request):
    theme = request.query_params.get("theme", "light")
    safe_theme = "dark" if theme == "dark" else "light"
    return HTMLResponse(f"<div class='card card-{safe_theme}'>{html.escape(code)}</div>")  # ok: xss


@router.get("/search-links")
async def search_links(q: str, order: str = "created_at", db: AsyncSession = Depends(get_db)):
    sql = f"SELECT code, target FROM share_links WHERE note ILIKE :q ORDER BY {order} DESC LIMIT 50"
    rows = (await db.execute(text(sql), {"q": f"%{q}%"})).all()  # expect: sql-injection
    return [{"code": r.code, "target": r.target} for r in rows]


@router.get("/error-page", response_class=HTMLResponse)
async def error_page(request: Request):
    msg = request.query_params.get("msg", "Something went wrong")
    return HTMLResponse("<h2>Error</h2><p>" + msg + "</p>", status_code=400)  # expect: xss


@router.get("/health")
async def health(db: AsyncSession = Depends(get_db)):
    await db.execute(text("SELECT 1"))
    return JSONResponse({"ok": True, "time": datetime.now(timezone.utc).isoformat()})
