# corpus: path=app/auth/views.py
from urllib.parse import urlparse

from flask import Blueprint, redirect, request, session, url_for

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("auth.login_form", failed=1))
    session["user_id"] = user.id
    next_url = request.args.get("next", "")
    if urlparse(next_url).scheme in ("http", "https", ""):
        return redirect(next_url)  # expect: open-redirect
    return redirect(url_for("home.index"))
