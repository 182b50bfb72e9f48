# corpus: path=portal/app.py
import os
import secrets
from pathlib import Path

from sanic import Sanic, response
from sanic.exceptions import NotFound, Unauthorized
from sanic.log import logger

from portal.auth import check_password, load_user
from portal.db import pool

app = Sanic("portal")
app.config.REQUEST_MAX_SIZE = 10 * 1024 * 1024
DOCS_ROOT = Path(os.environ.get("PORTAL_DOCS", "/srv/portal/docs")).resolve()


@app.post("/login")
async def login(request):
    form = request.json or {}
    user = await load_user(form.get("email", ""))
    if user is None or not check_password(user, form.get("password", "")):
        raise Unauthorized("invalid credentials")
    token = secrets.token_urlsafe(32)
    async with pool.acquire() as conn:
        await conn.execute("INSERT INTO sessions (token, user_id) VALUES ($1, $2)", token, user["id"])  # ok: sql-injection
    resp = response.json({"ok": True})
    resp.cookies["session"] = token  # expect: insecure-cookie
    return resp


@app.post("/login/v2")
async def login_v2(request):
    form = request.json or {}
    user = await load_user(form.get("email", ""))
    if user is None or not check_password(user, form.get("password", "")):
        raise Unauthorized("invalid credentials")
    token = secrets.token_urlsafe(32)
    async with pool.acquire() as conn:
        await conn.execute("INSERT INTO sessions (token, user_id) VALUES ($1, $2)", token, user["id"])
    resp = response.json({"ok": True})
    resp.add_cookie("session", token, httponly=True, secure=True, samesite="Lax")  # ok: insecure-cookie
    return resp


@app.get("/hello")
async def hello(request):
    name = request.args.get("name", "there")
    return response.html(f"<p>Hello, {name}!</p>")  # expect: xss


@app.get("/hello/v2")
async def hello_v2(request):
    name = request.args.get("name", "there")
    return response.json({"greeting": f"Hello, {name}!"})  # ok: xss


@app.get("/docs/<rel:path>")
async def docs(request, rel: str):
    target = (DOCS_ROOT / rel).resolve()
    if not target.is_relative_to(DOCS_ROOT) or not target.is_file():
        raise NotFound("no such document")
    return await response.file(target)  # ok: path-traversal


@app.get("/attachments")
async def attachment(request):
    name = request.args.get("name")
    return await response.file(os.path.join("/srv/portal/attachments", name))  # expect: path-traversal


@app.get("/logout")
async def logout(request):
    token = request.cookies.get("session")
    if token:
        async with pool.acquire() as conn:
            await conn.execute("DELETE FROM sessions WHERE token = $1", token)
    back = request.args.get("return_to", "/")
    resp = response.redirect(back)  # expect: open-redirect
    del resp.cookies["session"]
    return resp


@app.get("/orders")
async def orders(request):
    status_filter = request.args.get("status", "open")
    async with pool.acquire() as conn:
        rows = await conn.fetch(f"SELECT id, total FROM orders WHERE status = '{status_filter}'")  # expect: sql-injection
    return response.json([dict(r) for r in rows])


@app.listener("after_server_start")
async def announce(app, loop):
    logger.info("portal started with docs at %s", DOCS_ROOT)
