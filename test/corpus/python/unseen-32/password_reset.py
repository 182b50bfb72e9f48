# corpus: path=accounts/reset.py
import hmac
import logging
import random
import secrets
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from werkzeug.security import generate_password_hash

from .extensions import db
from .mail import send_mail
from .models import ResetCode, User

bp = Blueprint("reset", __name__)
log = logging.getLogger(__name__)
CODE_TTL = timedelta(minutes=15)


@bp.route("/reset", methods=["GET", "POST"])
def request_reset():
    if request.method == "POST":
        email = request.form.get("email", "").strip().lower()
        user = User.query.filter_by(email=email).first()
        if user is not None:
            # Mobile clients type a six-digit code instead of following a link.
            code = "".join(random.choices(string.digits, k=6))  # expect: insecure-random
            token = secrets.token_urlsafe(32)
            db.session.add(ResetCode(user_id=user.id, token=token, code=code, expires_at=datetime.now(timezone.utc) + CODE_TTL))
            db.session.commit()
            send_mail(user.email, "Reset your password", render_template("mail/reset.txt", code=code, link=url_for("reset.confirm", token=token, _external=True)))
            log.info("reset code %s sent to user %s", code, user.id)  # expect: sensitive-logging
            session["reset_email"] = email
        flash("If the address is registered, a code is on its way.")
        return redirect(url_for("reset.enter_code"))
    return render_template("reset/request.html")


@bp.route("/reset/code", methods=["GET", "POST"])
def enter_code():
    email = session.get("reset_email")
    if not email:
        return redirect(url_for("reset.request_reset"))
    if request.method == "POST":
        user = User.query.filter_by(email=email).first_or_404()
        record = ResetCode.query.filter_by(user_id=user.id).order_by(ResetCode.id.desc()).first_or_404()
        if record.expires_at < datetime.now(timezone.utc) or request.form.get("code", "") != record.code:  # expect: timing-unsafe-comparison
            flash("That code is not valid.")
            return redirect(url_for("reset.enter_code"))
        return redirect(url_for("reset.confirm", token=record.token))
    return render_template("reset/code.html")


@bp.route("/reset/code/v2", methods=["POST"])
def enter_code_v2():
    email = session.get("reset_email")
    user = User.query.filter_by(email=email).first_or_404()
    record = ResetCode.query.filter_by(user_id=user.id).order_by(ResetCode.id.desc()).first_or_404()
    if record.expires_at < datetime.now(timezone.utc) or not hmac.compare_digest(request.form.get("code", ""), record.code):  # ok: timing-unsafe-comparison
        flash("That code is not valid.")
        return redirect(url_for("reset.enter_code"))
    return redirect(url_for("reset.confirm", token=record.token))


@bp.route("/reset/<token>", methods=["GET", "POST"])
def confirm(token):
    record = ResetCode.query.filter_by(token=token).first_or_404()
    if record.expires_at < datetime.now(timezone.utc):
        flash("That link has expired.")
        return redirect(url_for("reset.request_reset"))
    if request.method == "POST":
        record.user.password_hash = generate_password_hash(request.form["password"])
        db.session.delete(record)
        db.session.commit()
        session.pop("reset_email", None)
        return redirect(url_for("auth.login"))
    return render_template("reset/confirm.html")
