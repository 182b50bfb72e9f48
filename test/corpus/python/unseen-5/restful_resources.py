# corpus: path=inventory/resources.py
import hashlib
import random
import string

import requests
from flask import request
from flask_restful import Resource, reqparse
from sqlalchemy import text

from .db import db

parser = reqparse.RequestParser()
parser.add_argument("sku", type=str, required=True)
parser.add_argument("warehouse", type=int, required=True)


class StockResource(Resource):
    def get(self, sku):
        rows = db.session.execute(text("SELECT qty FROM stock WHERE sku = '" + sku + "'")).all()  # expect: sql-injection
        return {"qty": [r.qty for r in rows]}

    def post(self):
        args = parser.parse_args()
        rows = db.session.execute(text("SELECT qty FROM stock WHERE sku = :sku AND warehouse = :w"), {"sku": args["sku"], "w": args["warehouse"]}).all()  # ok: sql-injection
        return {"qty": [r.qty for r in rows]}


class SupplierResource(Resource):
    def put(self, supplier_id: int):
        payload = request.get_json()
        ping = requests.post(payload["webhook"], json={"supplier": supplier_id}, timeout=5)  # expect: ssrf
        return {"status": ping.status_code}

    def delete(self, supplier_id: int):
        requests.delete(f"https://suppliers.example.com/api/{supplier_id}", timeout=5)  # ok: ssrf
        return "", 204


class ApiKeyResource(Resource):
    def post(self):
        key = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(40))  # expect: insecure-random
        digest = hashlib.sha256(key.encode()).hexdigest()  # ok: weak-hash
        db.session.execute(text("INSERT INTO api_keys (digest) VALUES (:d)"), {"d": digest})
        return {"api_key": key}
