# corpus: path=app/web/sessions.py
import hashlib
import os
import secrets

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

from .users import find_user, verify_password

COOKIE_NAME = "sid"
IS_PROD = os.getenv("ENV") == "production"


async def login(request: Request):
    form = await request.form()
    user = await find_user(form["email"])
    if not user or not verify_password(user, form["password"]):
        return JSONResponse({"error": "bad credentials"}, status_code=401)
    sid = secrets.token_urlsafe(32)
    await request.app.state.redis.set(f"session:{sid}", user.id, ex=3600)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE_NAME, sid, max_age=3600, secure=IS_PROD, httponly=True, samesite="lax")  # ok: insecure-cookie
    return response


async def impersonate(request: Request):
    admin = request.state.user
    target = await find_user(request.path_params["email"])
    sid = secrets.token_urlsafe(32)
    await request.app.state.redis.set(f"session:{sid}", target.id, ex=900)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie("admin_impersonation", sid, max_age=900)  # expect: insecure-cookie
    response.set_cookie("impersonated_by", admin.email)  # ok: insecure-cookie
    return response


async def beta_opt_in(request: Request):
    response = JSONResponse({"beta": True})
    response.set_cookie("beta_features", "1", max_age=60 * 60 * 24 * 90)  # ok: insecure-cookie
    return response


def gravatar(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode()).hexdigest()  # ok: weak-hash
    return f"https://www.gravatar.com/avatar/{digest}?s=80"


app = Starlette(
    debug=os.getenv("STARLETTE_DEBUG", "0") == "1",  # ok: debug-mode
    routes=[
        Route("/login", login, methods=["POST"]),
        Route("/admin/impersonate/{email}", impersonate, methods=["POST"]),
        Route("/beta", beta_opt_in, methods=["POST"]),
    ],
)
