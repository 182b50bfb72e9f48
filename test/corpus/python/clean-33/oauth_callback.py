# corpus: path=portal/auth/oauth.py
import secrets
from urllib.parse import urlencode

import requests
from flask import Blueprint, abort, current_app, flash, redirect, request, session, url_for
from flask_login import login_user

from portal.auth.models import User, db

bp = Blueprint("oauth", __name__, url_prefix="/oauth")

AUTHORIZE_URL = "https://accounts.example-idp.com/oauth2/authorize"
TOKEN_URL = "https://accounts.example-idp.com/oauth2/token"
USERINFO_URL = "https://accounts.example-idp.com/oauth2/userinfo"


@bp.get("/login")
def start_login():
    state = secrets.token_urlsafe(32)
    session["oauth_state"] = state
    params = {
        "client_id": current_app.config["OAUTH_CLIENT_ID"],
        "redirect_uri": url_for("oauth.callback", _external=True),
        "response_type": "code",
        "scope": "openid email profile",
        "state": state,
    }
    return redirect(f"{AUTHORIZE_URL}?{urlencode(params)}")


@bp.get("/callback")
def callback():
    expected = session.pop("oauth_state", None)
    given = request.args.get("state", "")
    if not expected or not secrets.compare_digest(expected, given):
        abort(400, "The sign-in attempt expired. Please try again.")
    if "error" in request.args:
        flash("Sign-in was cancelled.", "warning")
        return redirect(url_for("public.home"))

    token_response = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "authorization_code",
            "code": request.args["code"],
            "redirect_uri": url_for("oauth.callback", _external=True),
        },
        auth=(current_app.config["OAUTH_CLIENT_ID"], current_app.config["OAUTH_CLIENT_SECRET"]),
        timeout=10,
    )
    token_response.raise_for_status()
    access_token = token_response.json()["access_token"]

    profile = requests.get(USERINFO_URL, headers={"Authorization": f"Bearer {access_token}"}, timeout=10).json()
    if not profile.get("email_verified"):
        flash("Verify your email address with your identity provider first.", "warning")
        return redirect(url_for("public.home"))

    user = User.query.filter_by(subject=profile["sub"]).one_or_none()
    if user is None:
        user = User(subject=profile["sub"], email=profile["email"].lower(), name=profile.get("name", ""))
        db.session.add(user)
        db.session.commit()
    login_user(user)
    session.permanent = True
    return redirect(url_for("dashboard.index"))
