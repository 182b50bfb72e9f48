# corpus: path=app/web/password_reset.py
import logging

from aiohttp import web

from app.mail import send_reset_link

routes = web.RouteTableDef()
log = logging.getLogger("auth")


@routes.post("/password/forgot")
async def forgot_password(request: web.Request) -> web.Response:
    form = await request.post()
    email = form.get("email", "")
    log.info(f"password reset requested for {email}")  # expect: log-injection
    await send_reset_link(email)
    return web.json_response({"sent": True})
