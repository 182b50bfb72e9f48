# corpus: path=app/api/errors.py
import functools
import logging

from flask import Blueprint, jsonify, request

from app.billing import apply_coupon

bp = Blueprint("billing_api", __name__)
log = logging.getLogger(__name__)


def json_errors(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        try:
            return view(*args, **kwargs)
        except Exception as exc:
            log.exception("unhandled error in %s", view.__name__)
            return jsonify({"error": type(exc).__name__, "message": str(exc)}), 500  # expect: error-exposure
    return wrapper


@bp.post("/cart/coupon")
@json_errors
def redeem_coupon():
    code = request.get_json()["code"]
    return jsonify(apply_coupon(code))
