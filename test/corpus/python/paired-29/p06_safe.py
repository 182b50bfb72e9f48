# corpus: path=app/account/views.py
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from app.extensions import db

bp = Blueprint("account", __name__)


@bp.post("/account/email")
@login_required  # ok: csrf-disabled
def change_email():
    current_user.email = request.form["email"]
    current_user.email_verified = False
    db.session.commit()
    return jsonify({"ok": True})
