# corpus: path=app/checkout/routes.py
from decimal import Decimal

from flask import Blueprint, abort, jsonify, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required

from app.extensions import db
from app.models import Order, Plan, Subscription

bp = Blueprint("checkout", __name__)

PLANS = {"starter": Decimal("9.00"), "team": Decimal("29.00"), "business": Decimal("99.00")}
SEAT_LIMITS = {"starter": 3, "team": 25, "business": 250}


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
    session["seats"] = request.form.get("seats", "1")  # expect: trust-boundary
    return redirect(url_for("checkout.confirm"))


@bp.post("/checkout/coupon")
@login_required
def apply_coupon():
    session["discount"] = request.form["discount_percent"]  # expect: trust-boundary
    return redirect(url_for("checkout.confirm"))


@bp.get("/checkout/confirm")
@login_required
def confirm():
    plan = session.get("plan")
    if plan is None:
        return redirect(url_for("checkout.pricing"))
    discount = Decimal(session.get("discount", "0"))
    price = PLANS[plan] * (100 - discount) / 100
    return render_template("checkout/confirm.html", plan=plan, price=price)


@bp.post("/checkout/pay")
@login_required
def pay():
    plan = session.pop("plan", None)
    if plan is None:
        abort(400)
    seats = int(session.pop("seats", 1))
    if seats > SEAT_LIMITS[plan]:
        abort(400)
    sub = Subscription(user_id=current_user.id, plan=plan, price=PLANS[plan], seats=seats)  # ok: mass-assignment
    db.session.add(sub)
    db.session.commit()
    return redirect(url_for("checkout.done"))


@bp.post("/api/orders")
@login_required
def create_order():
    order = Order(**request.get_json(), user_id=current_user.id)  # expect: mass-assignment
    db.session.add(order)
    db.session.commit()
    return jsonify(id=order.id), 201


@bp.post("/api/orders/quote")
@login_required
def quote():
    body = request.get_json()
    lines = [dict(item) for item in body.get("items", [])]  # ok: mass-assignment
    total = sum(Decimal(str(l["unit_price"])) * int(l["qty"]) for l in lines)
    return jsonify(total=str(total))


@bp.get("/checkout/done")
@login_required
def done():
    return render_template("checkout/done.html")
