# corpus: path=app/auth/login.py
from flask import Blueprint, abort, jsonify, request
from werkzeug.security import check_password_hash

from .db import mongo

bp = Blueprint("auth", __name__)


def find_account(criteria):
    return mongo.db.accounts.find_one({"email": criteria["email"]})  # expect: nosql-injection


@bp.post("/login")
def login():
    body = request.get_json()
    criteria = {"email": body.get("email"), "source": "web"}
    account = find_account(criteria)
    if account is None or not check_password_hash(account["password_hash"], str(body.get("password"))):
        abort(401)
    return jsonify(id=str(account["_id"]))
