# corpus: path=app/ops/diagnostics.py
import logging
import os
import shlex
import socket
import subprocess

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..models import User
from ..security import is_safe_redirect, verify_password

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
    return redirect(next_url)  # expect: open-redirect


@bp.get("/logout")
def logout():
    logout_user()
    session.clear()
    target = request.args.get("then", "")
    if target and is_safe_redirect(target):
        return redirect(target)  # ok: open-redirect
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
        f"ping -c {count} {host} | tail -n 3",  # expect: command-injection
        shell=True,
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
    os.system("nc -zv %s %d >> /var/log/ops/portcheck.log 2>&1" % (host, port))  # expect: command-injection
    return render_template("ops/result.html", output=f"{host}:{port} open={ok}")


@bp.post("/dig")
@login_required
def dig():
    _require_staff()
    name = request.form.get("name", "")
    out = subprocess.run("dig +short " + shlex.quote(name), shell=True, capture_output=True, text=True, timeout=10)  # ok: command-injection
    return render_template("ops/result.html", output=out.stdout)


@bp.post("/traceroute")
@login_required
def traceroute():
    _require_staff()
    target = request.form.get("target", "")
    proc = subprocess.Popen(["traceroute", "-m", "15", target], stdout=subprocess.PIPE, text=True)  # ok: command-injection
    output, _ = proc.communicate(timeout=60)
    return render_template("ops/result.html", output=output)


@bp.post("/whois")
@login_required
def whois():
    _require_staff()
    domain = request.form.get("domain", "")
    output = subprocess.check_output(["sh", "-c", f"whois {domain} | head -n 40"], text=True)  # expect: command-injection
    return render_template("ops/result.html", output=output)
