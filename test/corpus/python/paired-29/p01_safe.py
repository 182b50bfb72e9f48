# corpus: path=app/auth/sso.py
import logging
import re

from flask import Blueprint, request, abort

from app.auth.service import login_from_proxy

log = logging.getLogger(__name__)
bp = Blueprint("sso", __name__)

USERNAME = re.compile(r"[A-Za-z0-9._-]{1,64}")


@bp.route("/sso/callback", methods=["POST"])
def sso_callback():
    remote_user = request.headers.get("X-Remote-User", "")
    if not USERNAME.fullmatch(remote_user):
        abort(400)
    user = login_from_proxy(remote_user)
    if user is None:
        log.warning("SSO login refused for unknown user " + remote_user)  # ok: log-injection
        abort(403)
    return {"ok": True}
