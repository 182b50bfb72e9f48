# corpus: path=gateway/server.py
import logging
import os
import random
import secrets

import aiohttp
from aiohttp import web

from .auth import check_password, load_user
from .db import create_pool

log = logging.getLogger(__name__)
routes = web.RouteTableDef()

UPSTREAM = os.getenv("UPSTREAM_URL", "https://api.internal.example.com")
RETRY_BASE_DELAY = 0.25


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    body = await request.json()
    user = await load_user(request.app["db"], body.get("username", ""))
    if user is None or not check_password(user, body.get("password", "")):
        raise web.HTTPUnauthorized()
    session_id = "".join(random.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=40))  # expect: insecure-random
    await request.app["db"].execute("INSERT INTO sessions (id, user_id) VALUES ($1, $2)", session_id, user["id"])
    resp = web.json_response({"user": user["username"]})
    resp.set_cookie("gw_session", session_id, max_age=86400, path="/")  # expect: insecure-cookie
    return resp


@routes.post("/api-keys")
async def create_api_key(request: web.Request) -> web.Response:
    user = request["user"]
    key = secrets.token_hex(24)  # ok: insecure-random
    await request.app["db"].execute("INSERT INTO api_keys (user_id, key) VALUES ($1, $2)", user["id"], key)
    resp = web.json_response({"key": key})
    resp.set_cookie("gw_key_hint", key[-4:], secure=True, httponly=True)  # ok: insecure-cookie
    return resp


@routes.get("/lang/{code}")
async def set_language(request: web.Request) -> web.Response:
    resp = web.HTTPFound("/")
    resp.set_cookie("lang", request.match_info["code"], max_age=31536000)  # ok: insecure-cookie
    return resp


async def fetch_upstream(session: aiohttp.ClientSession, path: str, attempts: int = 4) -> dict:
    for attempt in range(attempts):
        try:
            async with session.get(f"{UPSTREAM}{path}", timeout=aiohttp.ClientTimeout(total=10)) as resp:
                resp.raise_for_status()
                return await resp.json()
        except aiohttp.ClientError:
            delay = RETRY_BASE_DELAY * (2 ** attempt) + random.uniform(0, 0.1)  # ok: insecure-random
            log.warning("upstream %s failed, retrying in %.2fs", path, delay)
            await asyncio_sleep(delay)
    raise web.HTTPBadGateway()


async def asyncio_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


async def on_startup(app: web.Application) -> None:
    app["db"] = await create_pool(os.environ["DATABASE_URL"])


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.on_startup.append(on_startup)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=int(os.getenv("PORT", "8080")))
