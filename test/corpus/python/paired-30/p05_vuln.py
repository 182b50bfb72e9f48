# corpus: path=app/profile/api.py
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from app.db import db

bp = Blueprint("profile", __name__)


@bp.patch("/api/profile")
@login_required
def update_profile():
    for field, value in request.get_json().items():
        setattr(current_user, field, value)  # expect: mass-assignment
    db.session.commit()
    return jsonify(current_user.to_dict())
