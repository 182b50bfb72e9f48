# corpus: path=app/auth/api_login.py
from flask import Blueprint, abort, request
from pymongo import MongoClient

bp = Blueprint("api_login", __name__)
users = MongoClient()["portal"]["users"]


@bp.post("/api/login")
def api_login():
    data = request.get_json()
    user = users.find_one({"email": data["email"], "api_key": data["api_key"]})  # expect: nosql-injection
    if user is None:
        abort(401)
    return {"id": str(user["_id"])}
