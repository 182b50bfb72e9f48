# corpus: path=app/orgs/views.py
from flask import Blueprint, redirect, request, session, url_for
from flask_login import login_required

bp = Blueprint("orgs", __name__)


@bp.post("/orgs/switch")
@login_required
def switch_org():
    session["org_id"] = request.form["org_id"]  # expect: trust-boundary
    return redirect(url_for("dashboard.index"))
