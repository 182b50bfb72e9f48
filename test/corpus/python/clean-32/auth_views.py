# corpus: path=shelf/auth/views.py
import logging
from datetime import datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from werkzeug.security import check_password_hash, generate_password_hash

from shelf.auth.forms import LoginForm, RegisterForm, ResetForm
from shelf.extensions import db, limiter, mail
from shelf.models import User

bp = Blueprint("auth", __name__, url_prefix="/auth")
log = logging.getLogger(__name__)

RESET_MAX_AGE = 60 * 60


def is_safe_redirect(target: str | None) -> bool:
    if not target:
        return False
    host_url = urlsplit(request.host_url)
    redirect_url = urlsplit(urljoin(request.host_url, target))
    return redirect_url.scheme in ("http", "https") and host_url.netloc == redirect_url.netloc


def reset_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="password-reset")


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10/minute", methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("books.index"))
    form = LoginForm()
    if form.validate_on_submit():
        user = db.session.execute(db.select(User).filter_by(email=form.email.data.lower())).scalar_one_or_none()
        if user is None or not check_password_hash(user.password_hash, form.password.data):
            log.info("failed login for email domain %s", form.email.data.rpartition("@")[2])  # ok: log-injection
            flash("Invalid email or password.", "error")
            return render_template("auth/login.html", form=form), 401
        login_user(user, remember=form.remember.data)
        user.last_login_at = datetime.now(timezone.utc)
        db.session.commit()
        log.info("user %s logged in", user.id)
        next_url = request.args.get("next")
        if is_safe_redirect(next_url):
            return redirect(next_url)  # ok: open-redirect
        return redirect(url_for("books.index"))
    return render_template("auth/login.html", form=form)


@bp.route("/logout", methods=["POST"])
@login_required
def logout():
    log.info("user %s logged out", current_user.id)
    logout_user()
    session.clear()
    return redirect(url_for("auth.login"))  # ok: open-redirect


@bp.route("/register", methods=["GET", "POST"])
def register():
    form = RegisterForm()
    if form.validate_on_submit():
        user = User(
            email=form.email.data.lower(),
            display_name=form.display_name.data.strip(),
            password_hash=generate_password_hash(form.password.data),
        )
        db.session.add(user)
        db.session.commit()
        login_user(user)
        flash("Welcome to Shelf!", "success")
        return redirect(url_for("books.index"))
    return render_template("auth/register.html", form=form)


@bp.route("/reset", methods=["GET", "POST"])
@limiter.limit("5/hour", methods=["POST"])
def request_reset():
    email = request.form.get("email", "").strip().lower()
    if request.method == "POST" and email:
        user = db.session.execute(db.select(User).filter_by(email=email)).scalar_one_or_none()
        if user is not None:
            token = reset_serializer().dumps({"uid": user.id, "pw": user.password_hash[-12:]})
            link = url_for("auth.reset_password", token=token, _external=True)
            mail.send_template(user.email, "reset_password", link=link)
            log.info("reset mail queued for user %s", user.id)
        flash("If that address has an account, a reset link is on its way.", "info")
        return redirect(url_for("auth.login"))
    return render_template("auth/request_reset.html")


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token):
    try:
        data = reset_serializer().loads(token, max_age=RESET_MAX_AGE)
    except SignatureExpired:
        flash("That reset link has expired.", "error")
        return redirect(url_for("auth.request_reset"))
    except BadSignature:
        abort(404)
    user = db.get_or_404(User, data["uid"])
    if user.password_hash[-12:] != data["pw"]:  # ok: timing-unsafe-comparison
        abort(404)
    form = ResetForm()
    if form.validate_on_submit():
        user.password_hash = generate_password_hash(form.password.data)
        user.password_changed_at = datetime.now(timezone.utc)
        db.session.commit()
        log.info("password reset completed for user %s", user.id)
        flash("Your password has been updated.", "success")
        return redirect(url_for("auth.login"))
    return render_template("auth/reset_password.html", form=form, token=token)


@bp.route("/sessions/extend", methods=["POST"])
@login_required
def extend_session():
    session.permanent = True
    current_app.permanent_session_lifetime = timedelta(days=14)
    session["extended_at"] = datetime.now(timezone.utc).isoformat()  # ok: trust-boundary
    return {"ok": True}
