import os

from flask import Blueprint, g, jsonify, request

from ..db import get_db

bp = Blueprint("profile", __name__)
AVATAR_ROOT = "/srv/avatars"


@bp.post("/profile")
def update_profile():
    payload = request.get_json(force=True)
    display = payload.get("display_name", "")
    timezone = payload.get("timezone", "UTC")
    avatar = payload.get("avatar", "default.png")
    db = get_db()
    db.execute(
        "UPDATE users SET display_name = ?, timezone = ? WHERE id = ?",
        (display, timezone, g.user.id),
    )
    db.commit()
    return jsonify({"ok": True})
