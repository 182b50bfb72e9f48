# corpus: path=app/accounts/signup.py
import logging

from flask import Blueprint, jsonify, request

from .service import create_account

bp = Blueprint("signup", __name__)
log = logging.getLogger(__name__)


@bp.post("/signup")
def signup():
    form = {key: request.form[key] for key in ("email", "password", "display_name")}
    log.info("signup attempt for display name %r", form["display_name"][:64])  # ok: sensitive-logging
    account = create_account(**form)
    return jsonify(id=account.id), 201
