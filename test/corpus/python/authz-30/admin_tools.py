import csv
import io

from flask import Blueprint, Response, jsonify, request
from flask_login import current_user, login_required

from ..auth import admin_required
from ..models import AuditEvent, User, db

bp = Blueprint("admin_tools", __name__, url_prefix="/admin")


@bp.get("/users.csv")
@login_required
@admin_required
def export_users():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "email", "created", "last_login"])
    for user in User.query.order_by(User.id):
        writer.writerow([user.id, user.email, user.created_at.isoformat(), user.last_login_at or ""])
    return Response(out.getvalue(), mimetype="text/csv")


@bp.post("/users/<int:user_id>/disable")
@login_required
def disable_user(user_id: int):  # expect: missing-authorization
    user = User.query.get_or_404(user_id)
    user.active = False
    db.session.add(AuditEvent(actor_id=current_user.id, action="disable", target_id=user.id))
    db.session.commit()
    return jsonify(ok=True)
