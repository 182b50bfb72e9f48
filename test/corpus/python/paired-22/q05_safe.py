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
    parsed = urlparse(next_url)
    if not parsed.netloc and not parsed.scheme and next_url.startswith("/") and not next_url.startswith("//"):
        return redirect(next_url)  # ok: open-redirect
    return redirect(url_for("home.index"))
