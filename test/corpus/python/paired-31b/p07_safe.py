# corpus: path=app/auth/session.py
from flask import Blueprint, jsonify, request

from .service import authenticate, issue_session

bp = Blueprint("session", __name__)


@bp.post("/session")
def create_session():
    user = authenticate(request.form["email"], request.form["password"])
    resp = jsonify(id=user.id)
    resp.set_cookie("sid", issue_session(user), max_age=3600, secure=True, httponly=True, samesite="Lax")  # ok: insecure-cookie
    return resp
