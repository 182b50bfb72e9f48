# corpus: path=app/auth/login.py
from flask import Blueprint, redirect, request, session

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    target = request.args.get("next", "/")
    session["user"] = authenticate(request.form["username"], request.form["password"])
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    return redirect(target)  # ok: open-redirect


def authenticate(username, password):
    from .users import check_credentials
    return check_credentials(username, password)
