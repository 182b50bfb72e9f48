# corpus: path=portal/app.py
import html
import sqlite3

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

DOCS_DIR = "/srv/portal/docs"
ALLOWED_DOCS = {"terms.pdf", "privacy.pdf", "pricing.pdf"}


async def search(request: Request) -> HTMLResponse:
    term = request.query_params.get("q", "")
    return HTMLResponse(f"<p>No results for <b>{term}</b></p>")  # expect: xss


async def search_escaped(request: Request) -> HTMLResponse:
    term = request.query_params.get("q", "")
    return HTMLResponse(f"<p>No results for <b>{html.escape(term)}</b></p>")  # ok: xss


async def download(request: Request) -> FileResponse:
    doc = request.path_params["doc"]
    return FileResponse(f"{DOCS_DIR}/{doc}")  # expect: path-traversal


async def download_known(request: Request) -> FileResponse:
    doc = request.path_params["doc"]
    if doc not in ALLOWED_DOCS:
        return JSONResponse({"error": "unknown"}, status_code=404)
    return FileResponse(f"{DOCS_DIR}/{doc}")  # ok: path-traversal


async def member(request: Request) -> JSONResponse:
    handle = request.path_params["handle"]
    conn = sqlite3.connect("portal.db")  # expect: blocking-in-async
    row = conn.execute("SELECT id, name FROM members WHERE handle = '%s'" % handle).fetchone()  # expect: sql-injection
    return JSONResponse({"id": row[0], "name": row[1]})


async def member_safe(request: Request) -> JSONResponse:
    handle = request.path_params["handle"]
    conn = sqlite3.connect("portal.db")  # expect: blocking-in-async
    row = conn.execute("SELECT id, name FROM members WHERE handle = ?", (handle,)).fetchone()  # ok: sql-injection
    return JSONResponse({"id": row[0], "name": row[1]})


async def member_by_id(request: Request) -> JSONResponse:
    member_id = int(request.path_params["member_id"])
    conn = sqlite3.connect("portal.db")  # expect: blocking-in-async
    row = conn.execute(f"SELECT id, name FROM members WHERE id = {member_id}").fetchone()  # ok: sql-injection
    return JSONResponse({"id": row[0], "name": row[1]})


routes = [
    Route("/search", search),
    Route("/search2", search_escaped),
    Route("/docs/{doc}", download),
    Route("/docs2/{doc}", download_known),
    Route("/members/{handle}", member),
    Route("/members2/{handle}", member_safe),
    Route("/members/id/{member_id:int}", member_by_id),
]

middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"]),  # expect: permissive-cors
]

app = Starlette(debug=True, routes=routes, middleware=middleware)  # expect: debug-mode
