# corpus: path=accounts/views.py
"""Pyramid account views."""
import hashlib
import random
import secrets
import string

from pyramid.httpexceptions import HTTPFound, HTTPSeeOther
from pyramid.response import Response
from pyramid.view import view_config
from sqlalchemy import text

ALLOWED_RETURN_PATHS = ("/account", "/billing", "/settings")


def _reset_code() -> str:
    return "".join(random.choice(string.digits) for _ in range(6))  # expect: insecure-random


def _backoff_jitter() -> float:
    return random.uniform(0.1, 0.5)  # ok: insecure-random


@view_config(route_name="login", request_method="POST")
def login(request):
    came_from = request.params.get("came_from", "/account")
    user = request.dbsession.execute(
        text("SELECT id, password_hash FROM users WHERE email = :email"),
        {"email": request.POST.get("email", "")},
    ).first()
    if user is None:
        return HTTPSeeOther(location=request.route_url("login"))
    request.session["user_id"] = user.id
    return HTTPFound(location=came_from)  # expect: open-redirect


@view_config(route_name="logout")
def logout(request):
    back = request.params.get("back", "/account")
    request.session.invalidate()
    if back not in ALLOWED_RETURN_PATHS:
        back = "/account"
    return HTTPFound(location=back)  # ok: open-redirect


@view_config(route_name="password_reset", request_method="POST")
def password_reset(request):
    email = request.POST.get("email", "")
    code = _reset_code()
    request.dbsession.execute(
        text("UPDATE users SET reset_code = :code WHERE email = :email"),
        {"code": code, "email": email},
    )
    return {"sent": True}


@view_config(route_name="api_token", request_method="POST", renderer="json")
def api_token(request):
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()  # ok: weak-hash
    request.dbsession.execute(
        text("INSERT INTO api_tokens (user_id, digest) VALUES (:uid, :digest)"),
        {"uid": request.session["user_id"], "digest": digest},
    )
    return {"token": token}


@view_config(route_name="user_lookup", renderer="json")
def user_lookup(request):
    handle = request.matchdict["handle"]
    row = request.dbsession.execute(text("SELECT id, display_name FROM users WHERE handle = '" + handle + "'")).first()  # expect: sql-injection
    return {"id": row.id, "name": row.display_name} if row else {}


@view_config(route_name="profile_card")
def profile_card(request):
    name = request.params.get("name", "")
    return Response(f"<div class='card'>{name}</div>", content_type="text/html")  # expect: xss


@view_config(route_name="profile_json", renderer="json")
def profile_json(request):
    name = request.params.get("name", "")
    return {"card": f"<div class='card'>{name}</div>"}  # ok: xss


@view_config(route_name="set_theme")
def set_theme(request):
    theme = request.params.get("theme", "light")
    resp = HTTPFound(location=request.route_url("settings"))
    resp.set_cookie("session_hint", request.session.get("user_id", ""), secure=False, httponly=False)  # expect: insecure-cookie
    resp.set_cookie("theme", theme if theme in ("light", "dark") else "light", max_age=31536000)  # ok: insecure-cookie
    return resp
