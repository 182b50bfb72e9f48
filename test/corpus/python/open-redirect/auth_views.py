# corpus: path=accounts/auth.py
from urllib.parse import urlparse

from flask import Blueprint, redirect, request, session, url_for
from flask_login import login_user, logout_user

from .forms import LoginForm
from .models import User

bp = Blueprint("auth", __name__)
ALLOWED_HOSTS = {"app.example.com", "docs.example.com"}


def is_safe_next(target: str) -> bool:
    parsed = urlparse(target)
    return not parsed.scheme and not parsed.netloc and target.startswith("/")


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = User.query.filter_by(email=form.email.data).first()
        if user and user.check_password(form.password.data):
            login_user(user)
            return redirect(request.args["next"])  # expect: open-redirect
    return form.render()


@bp.route("/sso/callback")
def sso_callback():
    next_url = request.args.get("next", "/")
    if not is_safe_next(next_url):
        next_url = url_for("dashboard.index")
    return redirect(next_url)  # ok: open-redirect


@bp.route("/logout")
def logout():
    logout_user()
    session.clear()
    target = request.args.get("return_to")
    return redirect(target or url_for("auth.login"))  # expect: open-redirect


@bp.route("/out")
def outbound():
    url = request.args.get("url", "")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return redirect(url_for("dashboard.index"))  # ok: open-redirect
    return redirect(url)  # ok: open-redirect


@bp.route("/switch-language/<lang>")
def switch_language(lang):
    session["lang"] = lang
    return redirect(request.referrer or "/")  # expect: open-redirect
