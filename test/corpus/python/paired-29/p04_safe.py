# corpus: path=app/orgs/views.py
from flask import Blueprint, redirect, request, session, url_for
from flask_login import current_user, login_required

from app.models import Membership

bp = Blueprint("orgs", __name__)


@bp.post("/orgs/switch")
@login_required
def switch_org():
    membership = Membership.query.filter_by(
        user_id=current_user.id, org_id=int(request.form["org_id"])
    ).first_or_404()
    session["org_id"] = membership.org_id  # ok: trust-boundary
    return redirect(url_for("dashboard.index"))
