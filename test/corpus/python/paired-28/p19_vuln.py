# corpus: path=app/auth/login.py
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["shop"]["users"]


@app.post("/api/login")
def login():
    body = request.get_json()
    user = users.find_one({"email": body["email"], "api_token": body["token"]})  # expect: nosql-injection
    if user is None:
        return jsonify(error="invalid"), 401
    return jsonify(id=str(user["_id"]))
