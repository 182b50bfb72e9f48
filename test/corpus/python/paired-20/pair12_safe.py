# corpus: path=app/auth/views.py
from flask import Blueprint, current_app, redirect, request, session

bp = Blueprint("auth", __name__)


@bp.get("/logout")
def logout():
    session.clear()
    target = current_app.config.get("LOGOUT_REDIRECT", "/")
    return redirect(target)  # ok: open-redirect
