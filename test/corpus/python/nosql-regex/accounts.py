# corpus: path=app/accounts/views.py
import re
from datetime import datetime, timezone

from bson import ObjectId
from flask import Blueprint, abort, jsonify, request
from pymongo import MongoClient
from werkzeug.security import check_password_hash

from app.config import MONGO_URL

bp = Blueprint("accounts", __name__)
db = MongoClient(MONGO_URL).accounts
USERNAME = re.compile(r"^[a-z0-9_]{3,32}$")


@bp.post("/api/login")
def login():
    payload = request.get_json(force=True)
    user = db.users.find_one({"username": payload["username"], "active": True})  # expect: nosql-injection
    if not user or not check_password_hash(user["password_hash"], str(payload["password"])):
        abort(401)
    return jsonify(id=str(user["_id"]))


@bp.post("/login-form")
def login_form():
    user = db.users.find_one({"username": request.form["username"]})  # ok: nosql-injection
    if not user or not check_password_hash(user["password_hash"], request.form["password"]):
        abort(401)
    return jsonify(id=str(user["_id"]))


@bp.post("/api/users/lookup")
def lookup():
    data = request.get_json()
    username = str(data.get("username", ""))
    user = db.users.find_one({"username": username}, {"password_hash": 0})  # ok: nosql-injection
    return jsonify(found=user is not None)


@bp.get("/api/users")
def list_users():
    query = {"active": True}
    if request.args.get("q"):
        query["display_name"] = {"$regex": request.args["q"], "$options": "i"}
    users = list(db.users.find(query, {"password_hash": 0}).limit(50))  # expect: regex-injection
    return jsonify([{**u, "_id": str(u["_id"])} for u in users])


@bp.get("/api/users/starting")
def users_starting():
    prefix = re.escape(request.args.get("prefix", ""))
    users = list(db.users.find({"username": {"$regex": f"^{prefix}"}}).limit(20))  # ok: regex-injection
    return jsonify([u["username"] for u in users])


@bp.get("/api/users/<user_id>")
def get_user(user_id):
    user = db.users.find_one({"_id": ObjectId(user_id)})  # ok: nosql-injection
    if user is None:
        abort(404)
    return jsonify(username=user["username"])


@bp.post("/api/users/search")
def search_users():
    body = request.get_json()
    cursor = db.users.find({"$where": f"this.username.startsWith('{body['prefix']}')"})  # expect: nosql-injection
    return jsonify([u["username"] for u in cursor])


@bp.post("/api/users/rename")
def rename():
    body = request.get_json()
    new_name = body.get("username", "")
    if not isinstance(new_name, str) or not USERNAME.match(new_name):
        abort(400)
    taken = db.users.find_one({"username": new_name})  # ok: nosql-injection
    if taken:
        abort(409)
    db.users.update_one({"_id": ObjectId(body["id"])}, {"$set": {"username": new_name, "renamed_at": datetime.now(timezone.utc)}})
    return jsonify(ok=True)
