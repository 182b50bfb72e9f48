import logging
import os
import subprocess

import dramatiq
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from redis import Redis
from rq import Queue

from exports.models import Export, db

log = logging.getLogger(__name__)
bp = Blueprint("exports", __name__)
queue = Queue("exports", connection=Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0")))

EXPORT_ROOT = "/srv/exports"
FORMATS = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def build_export(export_id, fmt):
    export = Export.query.get(export_id)
    out = os.path.join(EXPORT_ROOT, f"{export_id}.{fmt}")
    subprocess.run(["export-tool", "--account", str(export.account_id), "--format", fmt, "--out", out], check=True)
    export.path = out
    export.status = "done"
    db.session.commit()


def build_filtered_export(export_id, fmt, where):
    export = Export.query.get(export_id)
    out = os.path.join(EXPORT_ROOT, f"{export_id}.{fmt}")
    cmd = f"export-tool --account {export.account_id} --format {fmt} --where \"{where}\" --out {out}"
    subprocess.run(cmd, shell=True, check=True)  # expect: command-injection
    export.path = out
    export.status = "done"
    db.session.commit()


@dramatiq.actor(queue_name="exports", max_retries=3)
def archive_export(export_id, label):
    export = Export.query.get(export_id)
    dest = os.path.join(EXPORT_ROOT, "archive", label + ".zip")
    subprocess.run(["zip", "-j", dest, export.path], check=True)  # expect: path-traversal
    export.archived_as = dest
    db.session.commit()


@dramatiq.actor(queue_name="exports")
def purge_export(export_id):
    export = Export.query.get(export_id)
    if export.path and os.path.exists(export.path):
        os.remove(export.path)  # ok: path-traversal
    db.session.delete(export)
    db.session.commit()


@bp.post("/exports")
@login_required
def create_export():
    fmt = request.form.get("format", "csv")
    if fmt not in FORMATS:
        abort(400)
    export = Export(account_id=current_user.account_id, status="queued")
    db.session.add(export)
    db.session.commit()
    where = request.form.get("where")
    if where:
        queue.enqueue(build_filtered_export, export.id, fmt, where)
    else:
        queue.enqueue(build_export, export.id, fmt)
    return jsonify({"id": export.id}), 202


@bp.post("/exports/<int:export_id>/archive")
@login_required
def archive(export_id):
    export = Export.query.filter_by(id=export_id, account_id=current_user.account_id).first_or_404()
    archive_export.send(export.id, request.form["label"])
    return jsonify({"queued": True}), 202


@bp.delete("/exports/<int:export_id>")
@login_required
def delete(export_id):
    export = Export.query.filter_by(id=export_id, account_id=current_user.account_id).first_or_404()
    purge_export.send(export.id)
    return "", 204
