# corpus: path=site/app.py
import hashlib
import os
import secrets

from jinja2 import Environment, FileSystemLoader
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

templates = Environment(loader=FileSystemLoader("templates"), autoescape=False)  # expect: xss
safe_templates = Environment(loader=FileSystemLoader("templates"), autoescape=True)


async def search(request):
    q = request.query_params.get("q", "")
    html = templates.get_template("search.html").render(q=q)  # also: xss
    return HTMLResponse(html)


async def search_safe(request):
    q = request.query_params.get("q", "")
    html = safe_templates.get_template("search.html").render(q=q)  # ok: xss
    return HTMLResponse(html)


async def greet(request):
    name = request.path_params["name"]
    tpl = templates.from_string("<p>Hi " + name + "</p>")  # expect: template-injection
    return HTMLResponse(tpl.render())


async def login(request):
    form = await request.form()
    token = secrets.token_urlsafe(32)
    resp = RedirectResponse("/", status_code=303)
    resp.set_cookie("session", token, httponly=True, secure=False, samesite="lax")  # expect: insecure-cookie
    return resp


async def login_v2(request):
    token = secrets.token_urlsafe(32)
    resp = RedirectResponse("/", status_code=303)
    resp.set_cookie("session", token, httponly=True, secure=True, samesite="lax")  # ok: insecure-cookie
    return resp


async def avatar_hash(request):
    email = request.query_params.get("email", "").strip().lower()
    return JSONResponse({"hash": hashlib.md5(email.encode()).hexdigest()})  # ok: weak-hash


async def api_token_digest(request):
    form = await request.form()
    api_token = form["api_token"]
    return JSONResponse({"digest": hashlib.md5(api_token.encode()).hexdigest()})  # expect: weak-hash


app = Starlette(  # expect: debug-mode, permissive-cors
    debug=True,
    routes=[Route("/search", search), Route("/s2", search_safe), Route("/hi/{name}", greet), Route("/login", login, methods=["POST"])],
    middleware=[Middleware(CORSMiddleware, allow_origin_regex=r"https://.*", allow_credentials=True)],
)
prod = Starlette(debug=os.environ.get("DEBUG") == "true", routes=[])  # ok: debug-mode
