# corpus: path=shop/views/account.py
import logging

from pyramid.httpexceptions import HTTPForbidden, HTTPFound, HTTPNotFound
from pyramid.view import view_config

from shop.models import Customer, DBSession, Wishlist
from shop.security import check_password

log = logging.getLogger(__name__)


@view_config(route_name="login", request_method="POST")
def login(request):
    email = request.POST.get("email", "").strip().lower()
    customer = DBSession.query(Customer).filter_by(email=email).first()
    if customer is None or not check_password(request.POST.get("password", ""), customer.password_hash):
        return HTTPForbidden()
    request.session["customer_id"] = customer.id  # ok: trust-boundary
    request.session["tier"] = customer.tier  # ok: trust-boundary
    return HTTPFound(location=request.route_url("home"))


@view_config(route_name="guest_checkout", request_method="POST")
def guest_checkout(request):
    request.session["customer_id"] = request.params["customer_id"]  # expect: trust-boundary
    request.session["tier"] = request.params.get("tier", "standard")  # expect: trust-boundary
    return HTTPFound(location=request.route_url("checkout"))


@view_config(route_name="wishlist_add", request_method="POST", renderer="json")
def wishlist_add(request):
    customer_id = request.session.get("customer_id")  # ok: trust-boundary
    if customer_id is None:
        return HTTPForbidden()
    item = Wishlist(**request.json_body)  # expect: mass-assignment
    item.customer_id = customer_id
    DBSession.add(item)
    return {"id": item.id}


@view_config(route_name="profile", request_method="POST", renderer="json")
def profile(request):
    customer = DBSession.query(Customer).get(request.session["customer_id"])
    if customer is None:
        raise HTTPNotFound()
    for name in ("first_name", "last_name", "phone"):
        if name in request.json_body:
            setattr(customer, name, str(request.json_body[name])[:120])  # ok: mass-assignment
    log.info("profile updated for %s", customer.id)
    return {"ok": True}


@view_config(route_name="preferences", request_method="POST", renderer="json")
def preferences(request):
    customer = DBSession.query(Customer).get(request.session["customer_id"])
    for field, value in request.json_body.items():
        setattr(customer, field, value)  # expect: mass-assignment
    DBSession.flush()
    return {"ok": True}
