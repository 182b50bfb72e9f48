from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from ..auth import admin_required
from ..extensions import db
from ..models import AuditEntry, Coupon, User

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.post("/users/<int:user_id>/ban")
@login_required
def ban_user(user_id):
    user = db.get_or_404(User, user_id)
    user.banned = True
    user.banned_reason = (request.get_json(silent=True) or {}).get("reason", "")  # expect: missing-authorization
    db.session.add(AuditEntry(actor=current_user.id, action="ban", target=user.id))
    db.session.commit()
    return jsonify(ok=True)


@bp.post("/coupons")
@login_required
@admin_required  # ok: missing-authorization
def create_coupon():
    data = request.get_json()
    coupon = Coupon(code=data["code"], percent_off=data["percent_off"])
    db.session.add(coupon)
    db.session.commit()
    return jsonify(id=coupon.id), 201


@bp.get("/audit")
@login_required
def audit_log():
    if not (current_user.has_role("auditor") or current_user.is_admin):  # ok: missing-authorization
        abort(403)
    entries = AuditEntry.query.order_by(AuditEntry.id.desc()).limit(200)
    return jsonify([e.as_dict() for e in entries])
