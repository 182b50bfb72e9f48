# corpus: path=app/views/workspace.py
from flask import Blueprint, redirect, request, session, url_for
from flask_login import login_required

bp = Blueprint("workspace", __name__)


def remember_workspace(workspace_id):
    session["workspace_id"] = workspace_id  # expect: trust-boundary
    session.modified = True


def handle_switch(form):
    remember_workspace(form["workspace_id"])
    return redirect(url_for("dashboard.index"))


@bp.post("/workspace/switch")
@login_required
def switch_workspace():
    return handle_switch(request.form)
