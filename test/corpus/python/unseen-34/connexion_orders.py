# corpus: path=orders_api/api/orders.py
"""Handlers for the orders API. Connexion 2 routes each operationId in openapi/orders.yaml to a
function here; it runs on Flask, so connexion.request is Flask's request for the call."""
import logging
import os
from urllib.parse import urlparse

from connexion import NoContent, request
from flask import redirect, send_file
from sqlalchemy import text
from werkzeug.utils import safe_join

from orders_api.db import db
from orders_api.models import Order

log = logging.getLogger(__name__)

INVOICE_DIR = os.environ.get("INVOICE_DIR", "/var/lib/orders/invoices")
SORTABLE = {"created_at", "total", "status"}


def search():
    # The spec declares status and sort as free strings, so anything the caller types arrives here.
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created_at")
    sql = f"SELECT id, customer_id, total, status FROM orders WHERE status = '{status}' ORDER BY {sort} DESC"
    rows = db.session.execute(text(sql)).mappings().all()  # expect: sql-injection
    return [dict(r) for r in rows], 200


def search_v2():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created_at")
    if sort not in SORTABLE:
        sort = "created_at"
    rows = db.session.execute(  # ok: sql-injection
        text(f"SELECT id, customer_id, total, status FROM orders WHERE status = :status ORDER BY {sort} DESC"),
        {"status": status},
    ).mappings().all()
    return [dict(r) for r in rows], 200


def get_order(order_id):
    order = db.session.get(Order, order_id)
    if order is None:
        return {"detail": "not found"}, 404
    return order.to_dict(), 200


def download_invoice():
    name = request.args["file"]
    path = os.path.join(INVOICE_DIR, name)
    log.info("invoice download %s", path)  # expect: log-injection
    return send_file(path, mimetype="application/pdf")  # expect: path-traversal


def download_invoice_v2():
    name = request.args["file"]
    path = safe_join(INVOICE_DIR, name)
    if path is None or not os.path.isfile(path):
        return {"detail": "not found"}, 404
    return send_file(path, mimetype="application/pdf")  # ok: path-traversal


def checkout_done():
    # The storefront sends shoppers back here with ?return_to=... after payment.
    return_to = request.args.get("return_to", "/orders")
    return redirect(return_to)  # expect: open-redirect


def checkout_done_v2():
    return_to = request.args.get("return_to", "/orders")
    parsed = urlparse(return_to)
    if parsed.scheme or parsed.netloc or not return_to.startswith("/"):
        return_to = "/orders"
    return redirect(return_to)  # ok: open-redirect


def bulk_update_status():
    payload = request.get_json()
    ids = ",".join(str(i) for i in payload["ids"])
    db.session.execute(text(f"UPDATE orders SET status = '{payload['status']}' WHERE id IN ({ids})"))  # expect: sql-injection
    db.session.commit()
    return NoContent, 204


def bulk_update_status_v2():
    payload = request.get_json()
    ids = [int(i) for i in payload["ids"]]
    db.session.query(Order).filter(Order.id.in_(ids)).update(  # ok: sql-injection
        {Order.status: payload["status"]}, synchronize_session=False
    )
    db.session.commit()
    return NoContent, 204


def export_report():
    # The report name picks a SQL file shipped with the service; the caller chooses which one.
    report = request.args.get("report", "daily")
    with open(os.path.join(os.path.dirname(__file__), "reports", report + ".sql")) as fh:  # expect: path-traversal
        query = fh.read()
    # With ../ in the name the client picks any .sql file on the host, so it chooses the SQL that runs.
    rows = db.session.execute(text(query)).mappings().all()  # expect: sql-injection
    return [dict(r) for r in rows], 200
