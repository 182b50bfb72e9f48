# corpus: path=app/accounts/api.py
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from app.db import db

bp = Blueprint("accounts_api", __name__)

EDITABLE = {"display_name", "timezone", "locale"}


def apply_changes(record, changes):
    for field, value in changes.items():
        if field in EDITABLE:
            setattr(record, field, value)  # ok: mass-assignment


@bp.patch("/api/me")
@login_required
def update_me():
    apply_changes(current_user, request.get_json(force=True))
    db.session.commit()
    return jsonify(id=current_user.id, email=current_user.email)
