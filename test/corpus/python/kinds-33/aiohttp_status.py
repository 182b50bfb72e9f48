# corpus: path=status/app.py
"""Public status page and incident feed (aiohttp)."""
import logging
import os
import secrets

import aiohttp_debugtoolbar
import aiohttp_jinja2
import jinja2
from aiohttp import web

from .incidents import IncidentStore

log = logging.getLogger("status")
routes = web.RouteTableDef()
incidents = IncidentStore(os.environ.get("INCIDENTS_DB", "incidents.sqlite3"))


@routes.get("/")
@aiohttp_jinja2.template("index.html")
async def index(request: web.Request):
    return {"incidents": await incidents.open_incidents()}


@routes.get("/incidents/{incident_id}")
async def incident(request: web.Request):
    item = await incidents.get(int(request.match_info["incident_id"]))
    if item is None:
        raise web.HTTPNotFound()
    return aiohttp_jinja2.render_template("incident.html", request, {"incident": item})  # ok: xss


@routes.get("/widget")
async def widget(request: web.Request):
    # Customers embed <iframe src="https://status.acme.io/widget?label=...">; label is theirs.
    label = request.query.get("label", "Acme status")
    state = await incidents.overall_state()
    body = f"<div class='widget {state}'><strong>{label}</strong>: {state}</div>"
    return web.Response(body=body.encode(), headers={"Content-Type": "text/html; charset=utf-8"})  # expect: xss


@routes.post("/subscribe")
async def subscribe(request: web.Request):
    form = await request.post()
    email = str(form.get("email", ""))
    token = secrets.token_urlsafe(24)
    await incidents.add_subscriber(email, token)
    resp = web.json_response({"ok": True})
    # Lets the page show "manage your subscription" without asking for the email again.
    resp.set_cookie("status_sub", token, max_age=365 * 86400)  # expect: insecure-cookie
    return resp


@routes.post("/admin/login")
async def admin_login(request: web.Request):
    form = await request.post()
    if not secrets.compare_digest(str(form.get("key", "")), os.environ["STATUS_ADMIN_KEY"]):
        raise web.HTTPForbidden()
    sid = secrets.token_urlsafe(32)
    await incidents.open_admin_session(sid)
    resp = web.HTTPSeeOther("/admin")
    resp.set_cookie("status_admin", sid, max_age=8 * 3600, httponly=True, secure=True, samesite="Strict")  # ok: insecure-cookie
    raise resp


def create_app() -> web.Application:
    app = web.Application()
    aiohttp_jinja2.setup(app, loader=jinja2.PackageLoader("status", "templates"), autoescape=True)
    app.add_routes(routes)
    if os.environ.get("STATUS_ENV") == "dev":
        aiohttp_debugtoolbar.setup(app, intercept_redirects=False)  # ok: debug-mode
    return app


def create_public_app() -> web.Application:
    app = create_app()
    # Kept on after the launch week to see template errors as they happen on the public page.
    aiohttp_debugtoolbar.setup(app, check_host=False)  # expect: debug-mode
    return app


if __name__ == "__main__":
    web.run_app(create_public_app(), port=int(os.environ.get("PORT", "8080")))
