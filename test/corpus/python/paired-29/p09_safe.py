# corpus: path=app/api/coupons.py
from flask import Blueprint, abort, jsonify, request

from app.db import mongo

bp = Blueprint("coupons", __name__)


@bp.post("/api/coupons/redeem")
def redeem_coupon():
    payload = request.get_json()
    code = payload.get("code")
    if not isinstance(code, str):
        abort(400)
    coupon = mongo.db.coupons.find_one({"code": code, "redeemed": False})  # ok: nosql-injection
    if coupon is None:
        abort(404)
    mongo.db.coupons.update_one({"_id": coupon["_id"]}, {"$set": {"redeemed": True}})
    return jsonify({"discount": coupon["discount"]})
