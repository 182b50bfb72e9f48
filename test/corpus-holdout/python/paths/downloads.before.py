import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from portal.auth import current_user

bp = Blueprint("downloads", __name__)
EXPORT_DIR = Path("/srv/portal/exports")
AVATAR_DIR = "/srv/portal/avatars"


@bp.get("/avatars")
def avatar():
    user = current_user()
    filename = request.args.get("f") or f"{user.id}.png"
    path = os.path.join(AVATAR_DIR, f"{user.id}.png")
    return send_file(path, mimetype="image/png")
