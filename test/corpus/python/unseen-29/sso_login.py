# corpus: path=portal/auth/sso.py
import hashlib
import logging
import os
import secrets
from urllib.parse import urlparse

from authlib.integrations.flask_client import OAuth
from flask import Blueprint, abort, current_app, redirect, request, session, url_for

from portal.models import User, db

bp = Blueprint("sso", __name__)
log = logging.getLogger(__name__)
oauth = OAuth()

oauth.register(
    name="okta",
    client_id=os.environ["OKTA_CLIENT_ID"],
    client_secret=os.environ["OKTA_CLIENT_SECRET"],  # ok: hardcoded-secret
    server_metadata_url="https://acme.okta.com/.well-known/openid-configuration",
    client_kwargs={"scope": "openid email profile"},
)

oauth.register(
    name="github",
    client_id="Iv1.8a61f9b3a7aba766",
    client_secret="3f1c9b2e7d4a8f60b5e2c1d9a7f3e8b4c6d2a1f0",  # expect: hardcoded-secret
    access_token_url="https://github.com/login/oauth/access_token",
    authorize_url="https://github.com/login/oauth/authorize",
    api_base_url="https://api.github.com/",
    client_kwargs={"scope": "read:user user:email"},
)


def _is_local(target):
    parts = urlparse(target)
    return not parts.scheme and not parts.netloc and target.startswith("/")


@bp.route("/login/<provider>")
def login(provider):
    client = oauth.create_client(provider)
    if client is None:
        abort(404)
    session["after_login"] = request.args.get("next", "/")
    return client.authorize_redirect(url_for("sso.callback", provider=provider, _external=True))


@bp.route("/callback/<provider>")
def callback(provider):
    client = oauth.create_client(provider)
    token = client.authorize_access_token()
    log.info("sso token for %s: %s", provider, token)  # expect: sensitive-logging
    if provider == "okta":
        info = token["userinfo"]
    else:
        info = client.get("user").json()
    user = User.upsert_from_sso(provider, info)
    session["user_id"] = user.id
    log.info("sso login provider=%s user=%s", provider, user.id)  # ok: sensitive-logging
    return redirect(session.pop("after_login", "/"))  # expect: open-redirect


@bp.route("/callback-safe/<provider>")
def callback_safe(provider):
    client = oauth.create_client(provider)
    token = client.authorize_access_token()
    user = User.upsert_from_sso(provider, token["userinfo"])
    session["user_id"] = user.id
    target = session.pop("after_login", "/")
    if not _is_local(target):
        target = "/"
    return redirect(target)  # ok: open-redirect


@bp.route("/account/api-key", methods=["POST"])
def issue_api_key():
    user = User.query.get_or_404(session.get("user_id"))
    raw = secrets.token_urlsafe(32)
    user.api_key_hash = hashlib.sha256(raw.encode()).hexdigest()  # ok: weak-hash
    db.session.commit()
    return {"api_key": raw}


@bp.route("/account/recovery-code", methods=["POST"])
def issue_recovery_code():
    user = User.query.get_or_404(session.get("user_id"))
    code = "-".join(secrets.token_hex(3) for _ in range(4))
    user.recovery_hash = hashlib.md5(code.encode()).hexdigest()  # expect: weak-hash
    db.session.commit()
    current_app.logger.info("recovery code issued for user %s", user.id)
    return {"code": code}
