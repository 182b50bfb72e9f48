# corpus: path=workspace/exports.py
"""Self-service data exports for workspace admins."""
import csv
import io
import logging
import os

from flask import Blueprint, Response, abort, g, request

from ..auth import require_admin
from ..db import get_db

bp = Blueprint("exports", __name__, url_prefix="/exports")
log = logging.getLogger(__name__)
EXPORT_ROOT = "/srv/exports"


def _workspace_dir() -> str:
    return os.path.join(EXPORT_ROOT, str(g.workspace.id))


@bp.get("/")
@require_admin
def list_exports():
    names = sorted(os.listdir(_workspace_dir()))
    return {"exports": names}


@bp.post("/members")
@require_admin
def export_members():
    fmt = request.args.get("format", "csv")
    label = request.args.get("label", "members")
    rows = get_db().execute(
        "SELECT email, role, joined_at FROM members WHERE workspace_id = ?", (g.workspace.id,)
    ).fetchall()
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["email", "role", "joined_at"])
    writer.writerows(rows)
    log.info("exported %d members as %s", len(rows), fmt)
    target = os.path.join(_workspace_dir(), f"{label}.{fmt}")
    with open(target, "w", newline="") as fh:  # expect: path-traversal
        fh.write(buf.getvalue())
    return Response(buf.getvalue(), mimetype="text/csv")
