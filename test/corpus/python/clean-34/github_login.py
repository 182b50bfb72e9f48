# corpus: path=accounts/github_login.py
from authlib.integrations.flask_client import OAuth, OAuthError
from flask import Blueprint, abort, current_app, flash, redirect, request, session, url_for
from urllib.parse import urlsplit

from .models import Identity, User, db

bp = Blueprint("github_login", __name__)
oauth = OAuth()
oauth.register(
    name="github",
    api_base_url="https://api.github.com/",
    access_token_url="https://github.com/login/oauth/access_token",
    authorize_url="https://github.com/login/oauth/authorize",
    client_kwargs={"scope": "read:user user:email"},
)


def _local_target(value):
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value.startswith("/") or value.startswith("//"):
        return None
    return value


@bp.route("/login/github")
def login():
    session["after_login"] = _local_target(request.args.get("next")) or url_for("dashboard.home")
    return oauth.github.authorize_redirect(url_for("github_login.callback", _external=True))


@bp.route("/login/github/callback")
def callback():
    try:
        token = oauth.github.authorize_access_token()
    except OAuthError as exc:
        current_app.logger.warning("github login failed: %s", exc.error)
        flash("GitHub sign-in did not complete. Please try again.")
        return redirect(url_for("auth.login_page"))

    profile = oauth.github.get("user", token=token).json()
    emails = oauth.github.get("user/emails", token=token).json()
    primary = next((e["email"] for e in emails if e.get("primary") and e.get("verified")), None)
    if primary is None:
        flash("Add a verified email address to your GitHub account first.")
        return redirect(url_for("auth.login_page"))

    identity = Identity.query.filter_by(provider="github", subject=str(profile["id"])).first()
    if identity is None:
        user = User.query.filter_by(email=primary.lower()).first() or User(email=primary.lower(), name=profile.get("name") or profile["login"])
        identity = Identity(provider="github", subject=str(profile["id"]), user=user)
        db.session.add(identity)
    identity.access_token = token["access_token"]
    db.session.commit()

    session.clear()
    session["user_id"] = identity.user_id
    return redirect(session.pop("after_login", None) or url_for("dashboard.home"))


@bp.route("/login/github/unlink", methods=["POST"])
def unlink():
    if "user_id" not in session:
        abort(401)
    Identity.query.filter_by(provider="github", user_id=session["user_id"]).delete()
    db.session.commit()
    flash("GitHub is no longer linked to your account.")
    return redirect(url_for("settings.accounts"))
