# corpus: path=portal/account/views.py
from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, logout_user
from flask_wtf import FlaskForm
from werkzeug.security import check_password_hash, generate_password_hash
from wtforms import EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from portal.extensions import db, limiter
from portal.models import AuditEvent, User

bp = Blueprint("account", __name__, url_prefix="/account")

TIMEZONES = ["UTC", "Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo"]


class ProfileForm(FlaskForm):
    display_name = StringField("Display name", validators=[DataRequired(), Length(max=80)])
    email = EmailField("Email", validators=[DataRequired(), Email()])
    timezone = SelectField("Time zone", choices=[(tz, tz) for tz in TIMEZONES])


class PasswordForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired()])
    new = PasswordField("New password", validators=[DataRequired(), Length(min=12)])
    confirm = PasswordField("Repeat", validators=[EqualTo("new")])


@bp.route("/", methods=["GET", "POST"])
@login_required
def profile():
    form = ProfileForm(obj=current_user)
    if form.validate_on_submit():
        current_user.display_name = form.display_name.data
        current_user.timezone = form.timezone.data
        if form.email.data != current_user.email:
            if User.query.filter_by(email=form.email.data).first():
                flash("That email is already in use.", "error")
                return render_template("account/profile.html", form=form), 409
            current_user.email = form.email.data
            current_user.email_verified = False
        db.session.add(AuditEvent(user_id=current_user.id, action="profile.update"))
        db.session.commit()
        flash("Profile saved.", "success")
        return redirect(url_for("account.profile"))
    return render_template("account/profile.html", form=form)


@bp.route("/password", methods=["GET", "POST"])
@login_required
@limiter.limit("5 per minute")
def change_password():
    form = PasswordForm()
    if form.validate_on_submit():
        if not check_password_hash(current_user.password_hash, form.current.data):
            flash("Current password is wrong.", "error")
            return render_template("account/password.html", form=form), 400
        current_user.password_hash = generate_password_hash(form.new.data)
        db.session.add(AuditEvent(user_id=current_user.id, action="password.change"))
        db.session.commit()
        current_app.logger.info("password changed for user %s", current_user.id)
        flash("Password changed.", "success")
        return redirect(url_for("account.profile"))
    return render_template("account/password.html", form=form)


@bp.route("/delete", methods=["POST"])
@login_required
def delete_account():
    if request.form.get("confirm") != "DELETE":
        abort(400)
    user = db.session.get(User, current_user.id)
    logout_user()
    db.session.delete(user)
    db.session.commit()
    flash("Your account has been deleted.", "info")
    return redirect(url_for("public.home"))


@bp.route("/audit")
@login_required
def audit_log():
    page = request.args.get("page", 1, type=int)
    events = (
        AuditEvent.query.filter_by(user_id=current_user.id)
        .order_by(AuditEvent.created_at.desc())
        .paginate(page=page, per_page=25, error_out=False)
    )
    return render_template("account/audit.html", events=events)
