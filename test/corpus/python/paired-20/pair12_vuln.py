# corpus: path=app/auth/views.py
from flask import Blueprint, current_app, redirect, request, session

bp = Blueprint("auth", __name__)


@bp.get("/logout")
def logout():
    session.clear()
    target = request.args.get("after", "/")
    return redirect(target)  # expect: open-redirect
