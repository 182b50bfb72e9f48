# corpus: path=app/api/search.py
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://mongo:27017").shop


@app.get("/products")
def products():
    name = request.args.get("name", "")
    docs = db.products.find({"$where": "this.name == '" + name + "'"})  # expect: nosql-injection
    return jsonify([d["name"] for d in docs])


@app.get("/products/exact")
def products_exact():
    name = request.args.get("name", "")
    docs = db.products.find({"name": name})  # ok: nosql-injection
    return jsonify([d["name"] for d in docs])
