# corpus: path=app/api/profile.py
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from app.extensions import db

bp = Blueprint("profile", __name__)


@bp.patch("/api/profile")
@login_required
def update_profile():
    changes = request.get_json()
    for field, value in changes.items():
        setattr(current_user, field, value)  # expect: mass-assignment
    db.session.commit()
    return jsonify(current_user.to_dict())
