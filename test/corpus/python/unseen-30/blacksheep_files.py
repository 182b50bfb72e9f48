# corpus: path=filehub/app.py
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from blacksheep import Application, FromJSON, FromQuery, Request, file, html, json, redirect
from blacksheep.server.responses import ContentDispositionType
from blacksheep.server.routing import get, post

log = logging.getLogger("filehub")

STORAGE = Path(os.environ.get("FILEHUB_STORAGE", "/srv/filehub"))
DB_PATH = os.environ.get("FILEHUB_DB", "/srv/filehub/index.db")

app = Application()
app.show_error_details = os.environ.get("APP_ENV") == "development"


def db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@dataclass
class RenameInput:
    file_id: int
    new_name: str


@get("/files/{name}")
async def download(name: str):
    path = STORAGE / name
    return file(str(path), "application/octet-stream", content_disposition=ContentDispositionType.ATTACHMENT)  # expect: path-traversal


@get("/files/by-id/{file_id}")
async def download_by_id(file_id: int):
    row = db().execute("SELECT stored_name FROM files WHERE id = ?", (file_id,)).fetchone()  # ok: sql-injection
    if row is None:
        return json({"error": "not found"}, status=404)
    return file(str(STORAGE / row["stored_name"]), "application/octet-stream")  # ok: path-traversal


@get("/search")
async def search(q: FromQuery[str], sort: FromQuery[str] = FromQuery("name")):
    sql = f"SELECT id, name, size FROM files WHERE name LIKE '%{q.value}%' ORDER BY {sort.value}"
    rows = db().execute(sql).fetchall()  # expect: sql-injection
    return json([dict(r) for r in rows])


@get("/search/v2")
async def search_v2(q: FromQuery[str]):
    rows = db().execute("SELECT id, name, size FROM files WHERE name LIKE ? ORDER BY name", (f"%{q.value}%",)).fetchall()  # ok: sql-injection
    return json([dict(r) for r in rows])


@post("/files/rename")
async def rename(data: FromJSON[RenameInput]):
    payload = data.value
    row = db().execute("SELECT stored_name FROM files WHERE id = ?", (payload.file_id,)).fetchone()
    if row is None:
        return json({"error": "not found"}, status=404)
    os.rename(STORAGE / row["stored_name"], STORAGE / payload.new_name)  # expect: path-traversal
    return json({"ok": True})


@get("/go")
async def go(request: Request):
    target = request.query.get("next", ["/"])[0]
    return redirect(target)  # expect: open-redirect


@get("/home")
async def home(request: Request):
    target = request.query.get("next", ["/"])[0]
    if not target.startswith("/") or target.startswith("//"):
        target = "/"
    return redirect(target)  # ok: open-redirect


@get("/hello")
async def hello(request: Request):
    who = request.query.get("name", ["there"])[0]
    return html(f"<h1>Hello {who}</h1>")  # expect: xss
