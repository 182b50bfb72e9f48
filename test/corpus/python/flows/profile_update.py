# corpus: path=accounts/profile.py
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
    sort_key = payload.get("sort", "name")
    db.execute(f"UPDATE prefs SET sort_key = '{sort_key}' WHERE user_id = {g.user.id}")  # expect: sql-injection
    avatar_path = os.path.join(AVATAR_ROOT, avatar)
    if os.path.exists(avatar_path):
        os.remove(avatar_path)  # expect: path-traversal
    db.execute("UPDATE prefs SET theme = ? WHERE user_id = ?", (payload.get("theme"), g.user.id))  # ok: sql-injection
    db.commit()
    return jsonify({"ok": True})
