import logging
import shlex
import socket
import subprocess

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..models import User
from ..security import verify_password

log = logging.getLogger(__name__)

bp = Blueprint("ops", __name__, url_prefix="/ops")


def _require_staff():
    if not current_user.is_authenticated or not current_user.is_staff:
        abort(403)


@bp.route("/login", methods=["GET", "POST"])
def login():
    next_url = request.args.get("next") or url_for("ops.dashboard")
    if request.method == "GET":
        return render_template("ops/login.html", next=next_url)
    user = User.query.filter_by(email=request.form["email"].lower()).first()
    if user is None or not verify_password(user, request.form["password"]):
        flash("Invalid credentials", "error")
        return render_template("ops/login.html", next=next_url), 401
    login_user(user)
    log.info("staff login %s", user.email)
    return redirect(url_for("ops.dashboard"))


@bp.get("/logout")
def logout():
    logout_user()
    session.clear()
    return redirect(url_for("ops.login"))


@bp.get("/")
@login_required
def dashboard():
    _require_staff()
    return render_template("ops/dashboard.html")


@bp.post("/ping")
@login_required
def ping():
    _require_staff()
    host = request.form.get("host", "").strip()
    count = request.form.get("count", "3")
    if not host:
        abort(400)
    log.info("ping %s requested by %s", host, current_user.email)
    result = subprocess.run(
        ["ping", "-c", str(int(count)), host],
        capture_output=True,
        text=True,
        timeout=30,
    )
    return render_template("ops/result.html", output=result.stdout)


@bp.post("/port-check")
@login_required
def port_check():
    _require_staff()
    host, port = request.form["host"], int(request.form["port"])
    try:
        with socket.create_connection((host, port), timeout=3):
            ok = True
    except OSError:
        ok = False
    return render_template("ops/result.html", output=f"{host}:{port} open={ok}")


@bp.post("/dig")
@login_required
def dig():
    _require_staff()
    name = request.form.get("name", "")
    out = subprocess.run(["dig", "+short", name], capture_output=True, text=True, timeout=10)
    return render_template("ops/result.html", output=out.stdout)
