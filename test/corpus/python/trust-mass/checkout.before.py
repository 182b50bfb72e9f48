from decimal import Decimal

from flask import Blueprint, abort, jsonify, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required

from app.extensions import db
from app.models import Order, Plan, Subscription

bp = Blueprint("checkout", __name__)

PLANS = {"starter": Decimal("9.00"), "team": Decimal("29.00"), "business": Decimal("99.00")}


@bp.get("/pricing")
def pricing():
    return render_template("checkout/pricing.html", plans=PLANS)


@bp.post("/checkout/plan")
@login_required
def choose_plan():
    plan = request.form["plan"]
    if plan not in PLANS:
        abort(400)
    session["plan"] = plan
    return redirect(url_for("checkout.confirm"))


@bp.get("/checkout/confirm")
@login_required
def confirm():
    plan = session.get("plan")
    if plan is None:
        return redirect(url_for("checkout.pricing"))
    return render_template("checkout/confirm.html", plan=plan, price=PLANS[plan])


@bp.post("/checkout/pay")
@login_required
def pay():
    plan = session.pop("plan", None)
    if plan is None:
        abort(400)
    sub = Subscription(user_id=current_user.id, plan=plan, price=PLANS[plan])
    db.session.add(sub)
    db.session.commit()
    return redirect(url_for("checkout.done"))


@bp.get("/checkout/done")
@login_required
def done():
    return render_template("checkout/done.html")
