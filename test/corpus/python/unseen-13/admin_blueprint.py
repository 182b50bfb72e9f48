# corpus: path=app/admin/routes.py
import base64
import pickle
import shlex
import subprocess
from pathlib import Path

import requests
import yaml
from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, render_template_string, request, send_from_directory, url_for
from flask_login import current_user, login_required

from app.extensions import db
from app.models import AuditEvent, Banner

bp = Blueprint("admin", __name__, url_prefix="/admin")

BACKUP_DIR = Path("/var/backups/app")
ALLOWED_FEEDS = {"status": "https://status.example.com/api/v2/summary.json"}


@bp.before_request
@login_required
def require_staff():
    if not current_user.is_staff:
        abort(403)


@bp.route("/tools/ping", methods=["POST"])
def ping_host():
    host = request.form["host"]
    out = subprocess.run(f"ping -c 3 {host}", shell=True, capture_output=True, text=True, timeout=20)  # expect: command-injection
    return jsonify(stdout=out.stdout, code=out.returncode)


@bp.route("/tools/ping/v2", methods=["POST"])
def ping_host_v2():
    host = request.form["host"]
    out = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True, timeout=20)  # ok: command-injection
    return jsonify(stdout=out.stdout, code=out.returncode)


@bp.route("/tools/dig", methods=["POST"])
def dig():
    name = request.form["name"]
    cmd = "dig +short " + shlex.quote(name)
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=10)  # ok: command-injection
    return jsonify(answer=out.stdout.splitlines())


@bp.route("/banners/preview", methods=["POST"])
def preview_banner():
    body = request.form.get("body", "")
    html = render_template_string("<div class='banner'>" + body + "</div>")  # expect: template-injection
    return html


@bp.route("/banners/preview/v2", methods=["POST"])
def preview_banner_v2():
    body = request.form.get("body", "")
    return render_template_string("<div class='banner'>{{ body }}</div>", body=body)  # ok: template-injection


@bp.route("/banners", methods=["POST"])
def create_banner():
    banner = Banner(title=request.form["title"], body=request.form["body"], author_id=current_user.id)
    db.session.add(banner)
    db.session.add(AuditEvent(actor_id=current_user.id, action="banner.create"))
    db.session.commit()
    flash("Banner saved")
    return redirect(url_for("admin.list_banners"))


@bp.route("/banners")
def list_banners():
    banners = Banner.query.order_by(Banner.created_at.desc()).limit(100).all()
    return render_template("admin/banners.html", banners=banners)


@bp.route("/layout", methods=["POST"])
def restore_layout():
    blob = request.cookies.get("dashboard_layout")
    if not blob:
        return jsonify(layout=None)
    layout = pickle.loads(base64.b64decode(blob))  # expect: unsafe-deserialization
    return jsonify(layout=layout)


@bp.route("/import", methods=["POST"])
def import_settings():
    raw = request.files["settings"].read()
    data = yaml.safe_load(raw)  # ok: unsafe-deserialization
    current_app.logger.info("imported %d settings keys", len(data or {}))
    return jsonify(keys=sorted((data or {}).keys()))


@bp.route("/backups/<name>")
def download_backup(name):
    return send_from_directory(BACKUP_DIR, name, as_attachment=True)  # ok: path-traversal


@bp.route("/backups/raw")
def download_backup_raw():
    name = request.args["name"]
    return (BACKUP_DIR / name).read_bytes()  # expect: path-traversal


@bp.route("/feeds/check")
def check_feed():
    url = request.args.get("url", "")
    resp = requests.get(url, timeout=5)  # expect: ssrf
    return jsonify(status=resp.status_code, length=len(resp.content))


@bp.route("/feeds/known")
def check_known_feed():
    feed = ALLOWED_FEEDS.get(request.args.get("feed", ""), ALLOWED_FEEDS["status"])
    resp = requests.get(feed, timeout=5)  # ok: ssrf
    return jsonify(status=resp.status_code, body=resp.json())
