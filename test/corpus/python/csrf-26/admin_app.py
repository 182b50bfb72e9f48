# corpus: path=admin/app.py
import os

from flask import Flask, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

from .models import User, db

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["ADMIN_SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False  # expect: csrf-disabled
csrf = CSRFProtect(app)


@app.post("/users/<int:user_id>/role")
@login_required
def change_role(user_id):
    user = User.query.get_or_404(user_id)
    user.role = request.form["role"]
    db.session.commit()
    flash(f"{user.email} is now {user.role}")
    return redirect(url_for("users"))


@app.post("/status")
@csrf.exempt  # ok: csrf-disabled
def status_ping():
    return {"ok": True, "user": current_user.is_authenticated}
