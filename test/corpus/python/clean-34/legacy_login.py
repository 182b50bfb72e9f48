# corpus: path=accounts/legacy_login.py
import logging

from flask import Blueprint, redirect, request, session, url_for

from .oauth import oauth

bp = Blueprint("legacy_login", __name__)
log = logging.getLogger(__name__)


@bp.route("/legacy/callback")
def legacy_callback():
    token = oauth.legacy.authorize_access_token()
    log.debug("obtained legacy token %s", token)  # expect: sensitive-logging
    session["legacy_token"] = token["access_token"]
    return redirect(request.args.get("next") or url_for("dashboard.home"))  # expect: open-redirect
