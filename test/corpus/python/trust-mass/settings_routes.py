# corpus: path=app/settings/routes.py
import secrets
from datetime import datetime, timezone

from flask import Blueprint, abort, flash, g, jsonify, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required
from pydantic import BaseModel, ConfigDict, ValidationError

from app.extensions import db
from app.models import Account, NotificationPrefs, User

bp = Blueprint("settings", __name__, url_prefix="/settings")

THEMES = {"light", "dark", "system"}
LANGUAGES = {"en", "de", "fr", "es"}


class ProfileUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    display_name: str | None = None
    bio: str | None = None
    timezone: str | None = None


@bp.before_request
def load_filters():
    g.filters = request.args.to_dict()  # ok: trust-boundary


@bp.get("/")
@login_required
def index():
    prefs = NotificationPrefs.query.filter_by(user_id=current_user.id).first()
    return render_template("settings/index.html", prefs=prefs, theme=session.get("theme", "system"))


@bp.post("/theme")
def set_theme():
    theme = request.form.get("theme", "system")
    if theme not in THEMES:
        abort(400)
    session["theme"] = theme  # ok: trust-boundary
    return redirect(url_for("settings.index"))


@bp.post("/language")
def set_language():
    session["lang"] = request.form["lang"]  # ok: trust-boundary
    return redirect(request.referrer or url_for("settings.index"))  # expect: open-redirect


@bp.post("/profile")
@login_required
def update_profile():
    try:
        payload = ProfileUpdate.model_validate(request.get_json())
    except ValidationError as exc:
        return jsonify(errors=exc.errors()), 422
    for key, value in payload.model_dump(exclude_unset=True).items():
        setattr(current_user, key, value)  # ok: mass-assignment
    db.session.commit()
    return jsonify(ok=True)


@bp.put("/account")
@login_required
def replace_account():
    data = request.get_json()
    for key, value in data.items():
        setattr(current_user, key, value)  # expect: mass-assignment
    current_user.updated_at = datetime.now(timezone.utc)
    db.session.commit()
    return jsonify(id=current_user.id)


@bp.patch("/billing")
@login_required
def update_billing():
    db.session.query(Account).filter_by(id=current_user.account_id).update(request.json)  # expect: mass-assignment
    db.session.commit()
    return jsonify(ok=True)


@bp.patch("/billing/contact")
@login_required
def update_billing_contact():
    data = request.get_json()
    Account.query.filter_by(id=current_user.account_id).update({"billing_email": data["billing_email"]})  # ok: mass-assignment
    db.session.commit()
    return jsonify(ok=True)


@bp.post("/notifications")
@login_required
def update_notifications():
    prefs = NotificationPrefs.query.filter_by(user_id=current_user.id).first_or_404()
    prefs.__dict__.update(request.form.to_dict())  # expect: mass-assignment
    db.session.commit()
    flash("Saved")
    return redirect(url_for("settings.index"))


@bp.post("/beta")
@login_required
def join_beta():
    session["beta"] = request.args.get("beta") == "1"  # expect: trust-boundary
    session["csrf_nonce"] = secrets.token_urlsafe(16)  # ok: trust-boundary
    return redirect(url_for("settings.index"))


@bp.get("/export")
@login_required
def export_settings():
    if not session.get("beta"):
        abort(404)
    prefs = NotificationPrefs.query.filter_by(user_id=current_user.id).first()
    return jsonify(theme=session.get("theme"), email=prefs.email_enabled if prefs else True)


@bp.post("/reset")
def reset_session():
    session.clear()  # ok: trust-boundary
    return redirect(url_for("settings.index"))
