"""OAuth callback: return the user where they started."""
from urllib.parse import urlparse

from flask import Blueprint, redirect, request, session

from auth.oauth import oauth

bp = Blueprint("oauth", __name__)


@bp.route("/oauth/callback")
def callback():
    token = oauth.provider.authorize_access_token()
    session["token"] = token
    state_next = request.args.get("next", "/")
    if "app.example.com" not in state_next:  # expect: open-redirect
        state_next = "/"
    return redirect(state_next)  # also: open-redirect
