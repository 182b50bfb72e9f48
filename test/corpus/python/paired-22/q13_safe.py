# corpus: path=app/prefs/views.py
from flask import Blueprint, make_response, request

bp = Blueprint("prefs", __name__)


@bp.post("/prefs/remember")
def remember():
    token = issue_remember_token(current_user())
    resp = make_response({"ok": True})
    resp.set_cookie("remember_token", token, max_age=60 * 60 * 24 * 30, secure=True, httponly=True, samesite="Lax")  # ok: insecure-cookie
    return resp
