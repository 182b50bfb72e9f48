# corpus: path=notify/app.py
import logging
import os
import random
import urllib.request
from pathlib import Path

import httpx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.routing import Route

log = logging.getLogger("notify")

TEMPLATES = Path(__file__).parent / "templates"
env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
raw_env = Environment(autoescape=False)  # expect: xss
sandbox = SandboxedEnvironment(autoescape=True)

SLACK_API = "https://slack.com/api/chat.postMessage"
CA_BUNDLE = os.environ.get("INTERNAL_CA_BUNDLE", "/etc/ssl/certs/internal-ca.pem")


async def render_email(request: Request) -> HTMLResponse:
    data = await request.json()
    template = env.get_template("email/base.html")
    html = template.render(subject=data.get("subject", ""), body=data.get("body", ""))  # ok: xss
    return HTMLResponse(html)


async def render_custom(request: Request) -> HTMLResponse:
    data = await request.json()
    source = data.get("template", "")
    html = raw_env.from_string(source).render(user=request.user.display_name)  # expect: template-injection
    return HTMLResponse(html)


async def render_sandboxed(request: Request) -> HTMLResponse:
    data = await request.json()
    html = sandbox.from_string(data.get("template", "")).render(name=data.get("name", ""))  # ok: template-injection
    return HTMLResponse(html)


async def unsubscribe(request: Request) -> HTMLResponse:
    email = request.query_params.get("email", "")
    return HTMLResponse(f"<p>{email} has been unsubscribed.</p>")  # expect: xss


async def fetch_avatar(request: Request) -> JSONResponse:
    url = request.query_params["url"]
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(url, follow_redirects=True)  # expect: ssrf
    return JSONResponse({"type": resp.headers.get("content-type"), "size": len(resp.content)})


async def legacy_ping(request: Request) -> JSONResponse:
    target = request.query_params.get("target", "")
    with urllib.request.urlopen(target, timeout=5) as resp:  # expect: ssrf
        code = resp.status
    return JSONResponse({"status": code})


async def post_slack(request: Request) -> JSONResponse:
    data = await request.json()
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(  # ok: ssrf
            SLACK_API,
            headers={"Authorization": f"Bearer {os.environ['SLACK_TOKEN']}"},
            json={"channel": data.get("channel", "#alerts"), "text": data.get("text", "")},
        )
    return JSONResponse(resp.json())


async def internal_metrics(request: Request) -> JSONResponse:
    async with httpx.AsyncClient(verify=CA_BUNDLE, timeout=5) as client:  # ok: tls-verify-disabled
        resp = await client.get("https://metrics.internal:8443/v1/summary")
    return JSONResponse(resp.json())


async def vendor_status(request: Request) -> JSONResponse:
    async with httpx.AsyncClient(verify=False, timeout=5) as client:  # expect: tls-verify-disabled
        resp = await client.get("https://status.mail-vendor.com/api/v2/status.json")
    return JSONResponse(resp.json())


async def confirm(request: Request) -> RedirectResponse:
    return_to = request.query_params.get("return_to", "/")
    return RedirectResponse(return_to, status_code=303)  # expect: open-redirect


async def sample(request: Request) -> JSONResponse:
    recipients = (await request.json()).get("recipients", [])
    picked = random.sample(recipients, k=min(3, len(recipients)))  # ok: insecure-random
    return JSONResponse({"preview_to": picked})


routes = [
    Route("/render", render_email, methods=["POST"]),
    Route("/render/custom", render_custom, methods=["POST"]),
    Route("/render/sandboxed", render_sandboxed, methods=["POST"]),
    Route("/unsubscribe", unsubscribe),
    Route("/avatar", fetch_avatar),
    Route("/ping", legacy_ping),
    Route("/slack", post_slack, methods=["POST"]),
    Route("/metrics", internal_metrics),
    Route("/vendor-status", vendor_status),
    Route("/confirm", confirm),
    Route("/sample", sample, methods=["POST"]),
]

app = Starlette(routes=routes)
