# corpus: path=app/views/workspace.py
from flask import Blueprint, abort, redirect, request, session, url_for
from flask_login import current_user, login_required

from app.models import Membership

bp = Blueprint("workspace", __name__)


def remember_workspace(workspace_id):
    session["workspace_id"] = workspace_id  # ok: trust-boundary
    session.modified = True


def handle_switch(form):
    membership = Membership.query.filter_by(user_id=current_user.id, workspace_id=form.get("workspace_id", type=int)).first()
    if membership is None:
        abort(403)
    remember_workspace(membership.workspace_id)
    return redirect(url_for("dashboard.index"))


@bp.post("/workspace/switch")
@login_required
def switch_workspace():
    return handle_switch(request.form)
