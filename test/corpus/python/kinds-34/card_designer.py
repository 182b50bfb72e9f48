# corpus: path=cards/server.py
import logging

import jinja2
from aiohttp import web
from jinja2.sandbox import SandboxedEnvironment

log = logging.getLogger("cards")
routes = web.RouteTableDef()

DEFAULT_CARD = "<div class='card'><h2>Dear {{ recipient }},</h2><p>{{ message }}</p></div>"


def build_env(card_source):
    loader = jinja2.ChoiceLoader([
        jinja2.DictLoader({"card.html": card_source}),
        jinja2.PackageLoader("cards", "templates"),
    ])
    return jinja2.Environment(loader=loader, autoescape=True)


@routes.post("/cards/preview")
async def preview(request):
    form = await request.post()
    env = build_env(form.get("layout") or DEFAULT_CARD)
    html = env.get_template("card.html").render(  # expect: template-injection
        recipient=form.get("recipient", ""),
        message=form.get("message", ""),
    )
    return web.Response(text=html, content_type="text/html")


@routes.post("/cards/preview/safe")
async def preview_sandboxed(request):
    form = await request.post()
    env = SandboxedEnvironment(autoescape=True)
    tmpl = env.from_string(form.get("layout") or DEFAULT_CARD)  # ok: template-injection
    html = tmpl.render(recipient=form.get("recipient", ""), message=form.get("message", ""))
    return web.Response(text=html, content_type="text/html")


@routes.get("/cards/{name}")
async def stock_card(request):
    env = jinja2.Environment(loader=jinja2.PackageLoader("cards", "templates"), autoescape=True)
    name = request.match_info["name"]
    if name not in ("birthday", "thanks", "congrats"):
        raise web.HTTPNotFound()
    html = env.get_template(f"{name}.html").render(recipient=request.query.get("to", "friend"), message="")  # ok: template-injection
    return web.Response(text=html, content_type="text/html")


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=8081)
