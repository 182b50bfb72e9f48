# corpus: path=events/api.py
import os
from typing import Literal

import aiofiles
import httpx
from fastapi import Depends, FastAPI, Form, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from .deps import get_session

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["https://events.example.com"], allow_credentials=True)  # ok: permissive-cors
TICKETS_DIR = "/srv/events/tickets"


@app.get("/events")
async def list_events(city: str = Query(...), order: Literal["date", "title"] = "date", db: AsyncSession = Depends(get_session)):
    result = await db.execute(text(f"SELECT id, title FROM events WHERE city = :city ORDER BY {order}"), {"city": city})  # ok: sql-injection
    return [dict(r._mapping) for r in result]


@app.get("/events/search")
async def search_events(q: str, db: AsyncSession = Depends(get_session)):
    result = await db.execute(text("SELECT id, title FROM events WHERE title ILIKE '%" + q + "%'"))  # expect: sql-injection
    return [dict(r._mapping) for r in result]


@app.get("/tickets/{ticket}")
async def ticket(ticket: str):
    async with aiofiles.open(os.path.join(TICKETS_DIR, ticket), "rb") as fh:  # expect: path-traversal
        return await fh.read()


@app.post("/events/import")
async def import_feed(feed_url: str = Form(...)):
    async with httpx.AsyncClient() as client:
        resp = await client.get(feed_url, timeout=10)  # expect: ssrf
    if resp.status_code != 200:
        raise HTTPException(status_code=502)
    return {"size": len(resp.content)}


@app.get("/events/{event_id}/share", response_class=HTMLResponse)
async def share(event_id: int, msg: str = ""):
    return f"<div class='share'><h2>Event {event_id}</h2><p>{msg}</p></div>"  # expect: xss


@app.get("/go")
async def go(url: str):
    return RedirectResponse(url)  # expect: open-redirect
