# corpus: path=app/auth/sso.py
import logging

from flask import Blueprint, request, abort

from app.auth.service import login_from_proxy

log = logging.getLogger(__name__)
bp = Blueprint("sso", __name__)


@bp.route("/sso/callback", methods=["POST"])
def sso_callback():
    remote_user = request.headers.get("X-Remote-User", "")
    user = login_from_proxy(remote_user)
    if user is None:
        log.warning("SSO login refused for unknown user " + remote_user)  # expect: log-injection
        abort(403)
    return {"ok": True}
