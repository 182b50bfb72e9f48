# corpus: path=shop/orders/routes.py
import datetime as dt

from flask import make_response, request
from flask.views import MethodView
from flask_smorest import Blueprint, abort
from markupsafe import escape
from marshmallow import Schema, fields, validate
from peewee import fn

from shop.db import database
from shop.models import Customer, Order

blp = Blueprint("orders", __name__, url_prefix="/orders", description="Orders")

STATUSES = ("pending", "paid", "shipped", "refunded")


class OrderQuerySchema(Schema):
    status = fields.String(validate=validate.OneOf(STATUSES))
    customer = fields.String()
    since = fields.Date()
    group_by = fields.String(load_default="day")


class OrderSchema(Schema):
    id = fields.Integer(dump_only=True)
    reference = fields.String()
    status = fields.String()
    total_cents = fields.Integer()
    created_at = fields.DateTime()


class NoteSchema(Schema):
    body = fields.String(required=True, validate=validate.Length(max=2000))


@blp.route("/")
class Orders(MethodView):
    @blp.arguments(OrderQuerySchema, location="query")
    @blp.response(200, OrderSchema(many=True))
    def get(self, args):
        query = Order.select().join(Customer)
        if "status" in args:
            query = query.where(Order.status == args["status"])
        if "customer" in args:
            query = query.where(Customer.email == args["customer"])  # ok: sql-injection
        if "since" in args:
            query = query.where(Order.created_at >= args["since"])
        return query.order_by(Order.created_at.desc())


@blp.route("/lookup")
class OrderLookup(MethodView):
    @blp.arguments(OrderQuerySchema, location="query")
    @blp.response(200, OrderSchema(many=True))
    def get(self, args):
        customer = args.get("customer", "")
        return Order.raw(  # expect: sql-injection
            "SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id "
            f"WHERE c.email = '{customer}' ORDER BY o.created_at DESC"
        )


@blp.route("/lookup-by-email")
class OrderLookupSafe(MethodView):
    @blp.arguments(OrderQuerySchema, location="query")
    @blp.response(200, OrderSchema(many=True))
    def get(self, args):
        return Order.raw(  # ok: sql-injection
            "SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id "
            "WHERE c.email = %s ORDER BY o.created_at DESC",
            args.get("customer", ""),
        )


@blp.route("/stats")
class OrderStats(MethodView):
    @blp.arguments(OrderQuerySchema, location="query")
    def get(self, args):
        bucket = args["group_by"]
        cursor = database.execute_sql(  # expect: sql-injection
            f"SELECT date_trunc('{bucket}', created_at) AS bucket, sum(total_cents) "
            "FROM orders GROUP BY 1 ORDER BY 1"
        )
        return {"buckets": [[b.isoformat(), total] for b, total in cursor.fetchall()]}


@blp.route("/stats/daily")
class OrderStatsDaily(MethodView):
    def get(self):
        since = dt.date.today() - dt.timedelta(days=30)
        rows = (
            Order.select(fn.date_trunc("day", Order.created_at).alias("day"), fn.SUM(Order.total_cents))
            .where(Order.created_at >= since)
            .group_by(fn.date_trunc("day", Order.created_at))
            .tuples()
        )
        return {"buckets": [[d.isoformat(), total] for d, total in rows]}


@blp.route("/<int:order_id>/notes")
class OrderNotes(MethodView):
    @blp.arguments(NoteSchema)
    def post(self, note, order_id):
        order = Order.get_or_none(Order.id == order_id) or abort(404)
        order.add_note(note["body"])
        html = f"<li class='note'>{note['body']}</li>"
        return make_response(html, 201, {"Content-Type": "text/html"})  # expect: xss


@blp.route("/<int:order_id>/notes/preview")
class OrderNotePreview(MethodView):
    def post(self, order_id):
        body = request.form.get("body", "")
        html = f"<li class='note preview'>{escape(body)}</li>"
        return make_response(html, 200, {"Content-Type": "text/html"})  # ok: xss
