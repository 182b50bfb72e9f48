# corpus: path=app/tenancy/views.py
from flask import Blueprint, abort, redirect, request, session
from flask_login import current_user, login_required

bp = Blueprint("tenancy", __name__)


@bp.route("/switch-tenant", methods=["POST"])
@login_required
def switch_tenant():
    wanted = request.form.get("tenant_id", type=int)
    membership = current_user.memberships.filter_by(tenant_id=wanted).first()
    if membership is None:
        abort(403)
    session["tenant_id"] = membership.tenant_id  # ok: trust-boundary
    return redirect("/dashboard")
