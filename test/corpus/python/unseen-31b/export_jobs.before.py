import logging
import os
import subprocess

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


@bp.post("/exports")
@login_required
def create_export():
    fmt = request.form.get("format", "csv")
    if fmt not in FORMATS:
        abort(400)
    export = Export(account_id=current_user.account_id, status="queued")
    db.session.add(export)
    db.session.commit()
    queue.enqueue(build_export, export.id, fmt)
    return jsonify({"id": export.id}), 202
