# corpus: path=portal/pages.py
"""Small Starlette portal: search page, greeting widget and error pages."""
import html

from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

from portal.search import run_search

env = Environment(loader=FileSystemLoader("portal/templates"), autoescape=False)  # expect: xss
safe_env = Environment(loader=PackageLoader("portal"), autoescape=select_autoescape(["html", "xml"]))  # ok: xss
text_env = Environment(loader=FileSystemLoader("portal/mail"), autoescape=True)  # ok: xss


async def search_page(request: Request):
    q = request.query_params.get("q", "")
    results = await run_search(q)
    items = "".join(f"<li>{html.escape(r.title)}</li>" for r in results)
    body = f"<h1>Results for {q}</h1><ul>{items}</ul>"
    return HTMLResponse(body)  # expect: xss


async def search_page_safe(request: Request):
    q = request.query_params.get("q", "")
    results = await run_search(q)
    items = "".join(f"<li>{html.escape(r.title)}</li>" for r in results)
    return HTMLResponse(f"<h1>Results for {html.escape(q)}</h1><ul>{items}</ul>")  # ok: xss


async def greeting(request: Request):
    name = request.path_params["name"]
    return HTMLResponse("<p>Welcome back, " + name + "!</p>")  # expect: xss


async def greeting_widget(request: Request):
    form = await request.form()
    nickname = form.get("nickname", "")
    label = Markup("<span class='nick'>%s</span>" % nickname)  # expect: xss
    return HTMLResponse(safe_env.get_template("widget.html").render(label=label))


async def greeting_widget_safe(request: Request):
    form = await request.form()
    nickname = form.get("nickname", "")
    label = Markup("<span class='nick'>{}</span>").format(nickname)  # ok: xss
    return HTMLResponse(safe_env.get_template("widget.html").render(label=label))


async def profile_card(request: Request):
    data = await request.json()
    bio = escape(data.get("bio", ""))
    return HTMLResponse(f"<div class='bio'>{bio}</div>")  # ok: xss


async def go(request: Request):
    target = request.query_params.get("to", "/")
    return RedirectResponse(target)  # expect: open-redirect


async def go_home(request: Request):
    return RedirectResponse(request.url_for("search"))  # ok: open-redirect


async def health(request: Request):
    return JSONResponse({"ok": True})


routes = [
    Route("/search", search_page, name="search"),
    Route("/search-safe", search_page_safe),
    Route("/hello/{name}", greeting),
    Route("/widget", greeting_widget, methods=["POST"]),
    Route("/widget-safe", greeting_widget_safe, methods=["POST"]),
    Route("/profile", profile_card, methods=["POST"]),
    Route("/go", go),
    Route("/home", go_home),
    Route("/health", health),
]
app = Starlette(routes=routes)
