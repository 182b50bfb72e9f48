# corpus: path=app/auth/views.py
import logging

from flask import Blueprint, jsonify, request
from werkzeug.security import check_password_hash

from .models import User
from .tokens import issue_token

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)


@bp.post("/login")
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    log.debug("login attempt user=%s password=%s", username, password)  # expect: sensitive-logging
    user = User.query.filter_by(username=username).first()
    if user is None or not check_password_hash(user.password_hash, password):
        log.warning("failed login for %s from %s", username, request.remote_addr)  # ok: sensitive-logging
        return jsonify({"error": "invalid credentials"}), 401
    token = issue_token(user)
    log.info("issued token %s to user %s", token, user.id)  # expect: sensitive-logging
    log.info("issued token to user %s (expires in %ss)", user.id, token.expires_in if hasattr(token, "expires_in") else 3600)  # ok: sensitive-logging
    return jsonify({"token": token})


@bp.post("/password/reset")
def reset_password():
    email = request.form["email"]
    log.info("password reset requested for %s", email)  # ok: sensitive-logging
    new_password = request.form["new_password"]
    if len(new_password) < 12:
        log.info("rejected new password of length %d for %s", len(new_password), email)  # ok: sensitive-logging
        return jsonify({"error": "too short"}), 400
    print(f"resetting password for {email} to {new_password}")  # expect: sensitive-logging
    return jsonify({"ok": True})
