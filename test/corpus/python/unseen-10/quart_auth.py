# corpus: path=portal/auth.py
import secrets
from datetime import timedelta

from quart import Blueprint, jsonify, redirect, request, url_for
from quart_auth import AuthUser, login_user

from .models import User
from .sessions import SessionStore

bp = Blueprint("auth", __name__, url_prefix="/auth")
store = SessionStore()

REMEMBER_FOR = timedelta(days=30)


@bp.post("/login")
async def login():
    form = await request.form
    user = await User.authenticate(form.get("email", ""), form.get("password", ""))
    if user is None:
        return jsonify({"error": "invalid credentials"}), 401
    sid = await store.create(user.id)
    response = redirect(url_for("dashboard.index"))
    response.set_cookie("portal_session", sid, max_age=int(REMEMBER_FOR.total_seconds()))  # expect: insecure-cookie
    response.set_cookie("last_login_email", user.email, max_age=3600 * 24 * 365)
    return response


@bp.post("/remember")
async def remember_device():
    data = await request.get_json()
    device_token = secrets.token_urlsafe(32)
    await store.remember_device(data["user_id"], device_token)
    resp = jsonify({"ok": True})
    resp.set_cookie("device_token", device_token, secure=True, httponly=True, samesite="Strict")  # ok: insecure-cookie
    return resp


@bp.post("/sso/callback")
async def sso_callback():
    form = await request.form
    user = await User.from_sso_assertion(form["SAMLResponse"])
    login_user(AuthUser(str(user.id)))
    token = await store.issue_refresh_token(user.id)
    resp = redirect(url_for("dashboard.index"))
    resp.set_cookie("refresh_token", token, httponly=True, samesite="Lax")  # expect: insecure-cookie
    return resp


@bp.post("/preferences")
async def save_preferences():
    data = await request.get_json()
    resp = jsonify({"saved": True})
    resp.set_cookie("theme", data.get("theme", "light"), max_age=3600 * 24 * 365)  # ok: insecure-cookie
    resp.set_cookie("tz", data.get("timezone", "UTC"))  # ok: insecure-cookie
    return resp


@bp.post("/logout")
async def logout():
    sid = request.cookies.get("portal_session")
    if sid:
        await store.revoke(sid)
    resp = redirect(url_for("auth.login_page"))
    resp.delete_cookie("portal_session")
    return resp
