# corpus: path=app/auth/api_login.py
import hmac

from flask import Blueprint, abort, request
from pymongo import MongoClient

bp = Blueprint("api_login", __name__)
users = MongoClient()["portal"]["users"]


@bp.post("/api/login")
def api_login():
    data = request.get_json()
    user = users.find_one({"email": str(data["email"])})  # ok: nosql-injection
    if user is None or not hmac.compare_digest(user["api_key"], str(data["api_key"])):
        abort(401)
    return {"id": str(user["_id"])}
