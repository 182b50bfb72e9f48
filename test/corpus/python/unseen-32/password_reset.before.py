import logging
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
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
            token = secrets.token_urlsafe(32)
            db.session.add(ResetCode(user_id=user.id, token=token, expires_at=datetime.now(timezone.utc) + CODE_TTL))
            db.session.commit()
            send_mail(user.email, "Reset your password", render_template("mail/reset.txt", link=url_for("reset.confirm", token=token, _external=True)))
            log.info("reset link sent to user %s", user.id)
        flash("If the address is registered, a link is on its way.")
        return redirect(url_for("reset.request_reset"))
    return render_template("reset/request.html")


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
        return redirect(url_for("auth.login"))
    return render_template("reset/confirm.html")
