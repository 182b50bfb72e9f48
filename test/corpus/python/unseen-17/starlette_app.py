# corpus: path=gateway/app.py
import os

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

UPSTREAM = os.environ.get("UPSTREAM_URL", "https://api.internal.example.com")
ALLOWED_PREVIEW_HOSTS = {"images.example.com", "cdn.example.com"}


async def health(request: Request) -> JSONResponse:
    return JSONResponse({"ok": True})


async def whoami(request: Request) -> JSONResponse:
    return JSONResponse({"user": request.session.get("user")})


async def hello(request: Request) -> HTMLResponse:
    name = request.query_params.get("name", "world")
    return HTMLResponse("<h1>Hello, " + name + "</h1>")  # expect: xss


async def fetch_preview(request: Request) -> JSONResponse:
    url = request.query_params["url"]
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(url)  # expect: ssrf
    return JSONResponse({"status": resp.status_code, "type": resp.headers.get("content-type")})


async def fetch_preview_v2(request: Request) -> JSONResponse:
    url = httpx.URL(request.query_params["url"])
    if url.scheme != "https" or url.host not in ALLOWED_PREVIEW_HOSTS:
        return JSONResponse({"error": "host not allowed"}, status_code=400)
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(url)  # ok: ssrf
    return JSONResponse({"status": resp.status_code})


async def proxy_user(request: Request) -> JSONResponse:
    user_id = request.path_params["user_id"]
    async with httpx.AsyncClient(base_url=UPSTREAM, timeout=5) as client:
        resp = await client.get(f"/v1/users/{int(user_id)}")  # ok: ssrf
    return JSONResponse(resp.json(), status_code=resp.status_code)


async def logout(request: Request) -> RedirectResponse:
    request.session.clear()
    return RedirectResponse(request.query_params.get("to", "/"), status_code=303)  # expect: open-redirect


routes = [
    Route("/health", health),
    Route("/whoami", whoami),
    Route("/hello", hello),
    Route("/preview", fetch_preview),
    Route("/preview/v2", fetch_preview_v2),
    Route("/users/{user_id}", proxy_user),
    Route("/logout", logout),
]

middleware = [
    Middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True),
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"]),  # expect: permissive-cors
]

app = Starlette(debug=True, routes=routes, middleware=middleware)  # expect: debug-mode
