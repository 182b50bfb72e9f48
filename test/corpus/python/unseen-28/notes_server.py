# corpus: path=notes/server.py
import json
import secrets
from pathlib import Path

import aiosqlite
import jinja2
from aiohttp import web
from jinja2.sandbox import SandboxedEnvironment

from notes.auth import check_password, current_user
from notes.mail import send_mail

routes = web.RouteTableDef()
DB_PATH = "/var/lib/notes/notes.db"
ATTACH_DIR = Path("/var/lib/notes/attachments")
sandbox = SandboxedEnvironment(autoescape=False)


@routes.get("/notes")
async def list_notes(request):
    user = await current_user(request)
    tag = request.query.get("tag", "")
    async with aiosqlite.connect(DB_PATH) as db:
        async with db.execute(  # ok: sql-injection
            "SELECT id, title FROM notes WHERE owner_id = ? AND tag = ? ORDER BY id DESC", (user.id, tag)
        ) as cur:
            rows = await cur.fetchall()
    return web.json_response([{"id": r[0], "title": r[1]} for r in rows])


@routes.get("/notes/search")
async def search_notes(request):
    user = await current_user(request)
    q = request.query.get("q", "")
    async with aiosqlite.connect(DB_PATH) as db:
        cur = await db.execute(f"SELECT id, title FROM notes_fts WHERE owner_id = {user.id} AND notes_fts MATCH '{q}'")  # expect: sql-injection
        rows = await cur.fetchall()
    return web.json_response([{"id": r[0], "title": r[1]} for r in rows])


@routes.get("/attachments")
async def get_attachment(request):
    note_id = int(request.query["note"])
    name = request.query["file"]
    return web.FileResponse(ATTACH_DIR / str(note_id) / name)  # expect: path-traversal


@routes.get("/attachments/checked")
async def get_attachment_checked(request):
    note_id = int(request.query["note"])
    path = (ATTACH_DIR / str(note_id) / request.query["file"]).resolve()
    if not path.is_relative_to(ATTACH_DIR.resolve()):
        raise web.HTTPForbidden()
    return web.FileResponse(path)  # ok: path-traversal


@routes.post("/login")
async def login(request):
    form = await request.post()
    async with aiosqlite.connect(DB_PATH) as db:
        cur = await db.execute("SELECT id, password_hash FROM users WHERE email = ?", (form["email"],))
        row = await cur.fetchone()
    if row is None or not check_password(form["password"], row[1]):
        raise web.HTTPUnauthorized(text="bad credentials")
    token = secrets.token_urlsafe(32)
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("INSERT INTO sessions (token, user_id) VALUES (?, ?)", (token, row[0]))
        await db.commit()
    resp = web.HTTPFound(form.get("next") or "/")  # expect: open-redirect
    resp.set_cookie("sid", token, httponly=True, max_age=14 * 86400)  # expect: insecure-cookie
    raise resp


@routes.post("/prefs")
async def save_prefs(request):
    form = await request.post()
    resp = web.HTTPSeeOther("/settings")
    resp.set_cookie("font_size", str(int(form.get("font_size", "14"))), max_age=365 * 86400)  # ok: insecure-cookie
    raise resp


@routes.post("/notes/{note_id}/share")
async def share_note(request):
    user = await current_user(request)
    data = await request.post()
    async with aiosqlite.connect(DB_PATH) as db:
        cur = await db.execute("SELECT title, body FROM notes WHERE id = ? AND owner_id = ?", (int(request.match_info["note_id"]), user.id))
        note = await cur.fetchone()
    if note is None:
        raise web.HTTPNotFound()
    subject = jinja2.Template(data["subject"]).render(title=note[0], sender=user.name)  # expect: template-injection
    body = sandbox.from_string(data["message"]).render(title=note[0], sender=user.name)  # ok: template-injection
    await send_mail(to=data["to"], subject=subject, body=body)
    return web.json_response({"sent": True})


@routes.post("/notes/import")
async def import_notes(request):
    user = await current_user(request)
    payload = json.loads(await request.text())  # ok: unsafe-deserialization
    async with aiosqlite.connect(DB_PATH) as db:
        await db.executemany(  # ok: sql-injection
            "INSERT INTO notes (owner_id, title, body, tag) VALUES (?, ?, ?, ?)",
            [(user.id, n["title"], n["body"], n.get("tag", "")) for n in payload["notes"]],
        )
        await db.commit()
    return web.json_response({"imported": len(payload["notes"])})


app = web.Application()
app.add_routes(routes)
