from flask import Blueprint, redirect, request, session, url_for

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return redirect(url_for("auth.login_form", error=1))
    session["uid"] = user.id
    return redirect(url_for("dashboard.home"))
