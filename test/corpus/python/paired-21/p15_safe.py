# corpus: path=app/web/session.py
from flask import Blueprint, make_response, request

from .auth import start_session

bp = Blueprint("session", __name__)


@bp.post("/session")
def create_session():
    sid = start_session(request.form["username"], request.form["password"])
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, httponly=True, secure=True, samesite="Lax")  # ok: insecure-cookie
    return resp
