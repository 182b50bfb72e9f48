# corpus: path=app/auth/login.py
from urllib.parse import urlparse

from flask import Blueprint, redirect, request, session

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    target = request.args.get("next", "/")
    session["user"] = authenticate(request.form["username"], request.form["password"])
    parsed = urlparse(target)
    if parsed.scheme not in ("http", "https", ""):
        target = "/"
    return redirect(target)  # expect: open-redirect


def authenticate(username, password):
    from .users import check_credentials
    return check_credentials(username, password)
