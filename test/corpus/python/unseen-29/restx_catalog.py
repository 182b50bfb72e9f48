# corpus: path=catalog/api/products.py
import logging
import os

from flask import current_app, redirect, request, send_file
from flask_restx import Namespace, Resource, abort, fields, reqparse
from marshmallow import Schema, ValidationError, fields as ma_fields, validate
from sqlalchemy import text
from werkzeug.utils import safe_join, secure_filename

from catalog.extensions import db
from catalog.models import Product

log = logging.getLogger(__name__)
ns = Namespace("products", description="Product catalogue")

product_model = ns.model(
    "Product",
    {
        "id": fields.Integer(readonly=True),
        "sku": fields.String(required=True),
        "name": fields.String(required=True),
        "price_cents": fields.Integer(required=True),
    },
)

SORTABLE = {"name": "name", "price": "price_cents", "created": "created_at"}

list_parser = reqparse.RequestParser()
list_parser.add_argument("q", type=str, default="")
list_parser.add_argument("sort", type=str, default="name")
list_parser.add_argument("page", type=int, default=1)


class ProductFilterSchema(Schema):
    category_id = ma_fields.Integer(required=True)
    min_price = ma_fields.Integer(load_default=0, validate=validate.Range(min=0))
    order = ma_fields.String(load_default="name", validate=validate.OneOf(list(SORTABLE)))


@ns.route("/")
class ProductList(Resource):
    @ns.marshal_list_with(product_model)
    def get(self):
        args = list_parser.parse_args()
        column = SORTABLE.get(args["sort"], "name")
        rows = db.session.execute(  # ok: sql-injection
            text(f"SELECT id, sku, name, price_cents FROM products WHERE name ILIKE :q ORDER BY {column}"),
            {"q": f"%{args['q']}%"},
        )
        return [dict(r._mapping) for r in rows]


@ns.route("/search")
class ProductSearch(Resource):
    @ns.marshal_list_with(product_model)
    def get(self):
        args = list_parser.parse_args()
        rows = db.session.execute(  # expect: sql-injection
            text(
                "SELECT id, sku, name, price_cents FROM products "
                f"WHERE name ILIKE '%{args['q']}%' ORDER BY {args['sort']}"
            )
        )
        return [dict(r._mapping) for r in rows]


@ns.route("/filter")
class ProductFilter(Resource):
    @ns.marshal_list_with(product_model)
    def post(self):
        try:
            params = ProductFilterSchema().load(request.get_json() or {})
        except ValidationError as err:
            abort(422, errors=err.messages)
        column = SORTABLE[params["order"]]
        sql = (
            "SELECT id, sku, name, price_cents FROM products "
            f"WHERE category_id = {params['category_id']} AND price_cents >= {params['min_price']} "
            f"ORDER BY {column}"
        )
        return [dict(r._mapping) for r in db.session.execute(text(sql))]  # ok: sql-injection


@ns.route("/<int:product_id>/sheet")
class ProductSheet(Resource):
    def get(self, product_id):
        product = Product.query.get_or_404(product_id)
        lang = request.args.get("lang", "en")
        path = os.path.join(current_app.config["SHEETS_DIR"], lang, f"{product.sku}.pdf")
        return send_file(path, mimetype="application/pdf")  # expect: path-traversal


@ns.route("/<int:product_id>/image")
class ProductImage(Resource):
    def get(self, product_id):
        product = Product.query.get_or_404(product_id)
        variant = secure_filename(request.args.get("variant", "main"))
        path = safe_join(current_app.config["IMAGES_DIR"], product.sku, f"{variant}.webp")
        if path is None or not os.path.exists(path):
            abort(404)
        return send_file(path, mimetype="image/webp")  # ok: path-traversal


@ns.route("/<int:product_id>/buy")
class ProductBuy(Resource):
    def get(self, product_id):
        product = Product.query.get_or_404(product_id)
        log.info("buy click product=%s ref=%s", product.id, request.args.get("ref"))  # expect: log-injection
        return redirect(request.args.get("return_to") or f"/checkout?sku={product.sku}")  # expect: open-redirect


@ns.route("/<int:product_id>/share")
class ProductShare(Resource):
    def get(self, product_id):
        product = Product.query.get_or_404(product_id)
        log.info("share click product=%s channel=%r", product.id, request.args.get("channel"))  # ok: log-injection
        return redirect(f"/p/{product.sku}?utm_source=share")  # ok: open-redirect
