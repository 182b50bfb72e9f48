# corpus: path=accounts/views.py
"""Login, logout and SSO return handling."""
import re
from urllib.parse import urlparse

from flask import Blueprint, current_app, redirect, request, session, url_for
from flask_login import login_user, logout_user

from accounts.forms import LoginForm
from accounts.models import User

bp = Blueprint("accounts", __name__)

ALLOWED_HOSTS = {"shop.example.com", "help.example.com"}
TRUSTED_RETURN = re.compile(r"^https://(shop|help)\.example\.com/")


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if form.validate_on_submit():
        user = User.query.filter_by(email=form.email.data).first()
        if user and user.check_password(form.password.data):
            login_user(user)
            next_url = request.args.get("next", "")
            if "example.com" in next_url:
                return redirect(next_url)  # expect: open-redirect
            return redirect(url_for("dashboard.index"))
    return current_app.jinja_env.get_template("login.html").render(form=form)


@bp.route("/logout")
def logout():
    logout_user()
    target = request.args.get("return_to", "")
    if target.startswith("https://shop.example.com"):
        return redirect(target)  # expect: open-redirect
    return redirect(url_for("accounts.login"))


@bp.route("/sso/return")
def sso_return():
    back = session.pop("sso_back", None) or request.args.get("back", "/")
    host = urlparse(back).hostname or ""
    if host.endswith("example.com"):
        return redirect(back)  # expect: open-redirect
    return redirect("/")


@bp.route("/sso/return-v2")
def sso_return_v2():
    back = request.args.get("back", "/")
    host = urlparse(back).hostname or ""
    if host == "example.com" or host.endswith(".example.com"):
        return redirect(back)  # ok: open-redirect
    return redirect("/")


@bp.route("/switch")
def switch_site():
    dest = request.args.get("to", "")
    if re.match(r"https?://(www|shop).example.com", dest):
        return redirect(dest)  # expect: open-redirect
    return redirect("/")


@bp.route("/switch-v2")
def switch_site_v2():
    dest = request.args.get("to", "")
    if TRUSTED_RETURN.match(dest):
        return redirect(dest)  # ok: open-redirect
    return redirect("/")


@bp.route("/continue")
def continue_to():
    dest = request.args.get("to", "/")
    if urlparse(dest).netloc in ALLOWED_HOSTS:
        return redirect(dest)  # ok: open-redirect
    return redirect("/")


@bp.route("/continue-local")
def continue_local():
    dest = request.args.get("to", "/")
    if not dest.startswith("/") or dest.startswith("//") or dest.startswith("/\\"):
        dest = "/"
    return redirect(dest)  # ok: open-redirect


@bp.route("/continue-shop")
def continue_shop():
    dest = request.args.get("to", "")
    if dest.startswith("https://shop.example.com/"):
        return redirect(dest)  # ok: open-redirect
    return redirect("/")
