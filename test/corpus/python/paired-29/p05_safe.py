# corpus: path=app/api/profile.py
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from app.extensions import db

bp = Blueprint("profile", __name__)

EDITABLE_FIELDS = {"display_name", "bio", "timezone"}


@bp.patch("/api/profile")
@login_required
def update_profile():
    changes = request.get_json()
    for field, value in changes.items():
        if field in EDITABLE_FIELDS:
            setattr(current_user, field, value)  # ok: mass-assignment
    db.session.commit()
    return jsonify(current_user.to_dict())
