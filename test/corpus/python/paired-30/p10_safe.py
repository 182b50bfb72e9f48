# corpus: path=app/auth/login.py
from flask import Blueprint, redirect, request

from app.auth.service import authenticate, issue_session

bp = Blueprint("login", __name__)


@bp.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect("/login?failed=1")
    resp = redirect("/home")
    resp.set_cookie("sid", issue_session(user), max_age=86400, secure=True, httponly=True, samesite="Lax")  # ok: insecure-cookie
    return resp
