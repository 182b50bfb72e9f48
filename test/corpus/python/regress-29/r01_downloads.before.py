import os

from flask import Blueprint, abort, request, send_file

bp = Blueprint("downloads", __name__)
EXPORT_DIR = "/srv/exports"


def _export_path(name: str) -> str:
    return os.path.join(EXPORT_DIR, os.path.basename(name))


@bp.get("/exports/download")
def download_export():
    name = request.args.get("name", "")
    if not name.endswith(".csv"):
        abort(400)
    path = _export_path(name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
