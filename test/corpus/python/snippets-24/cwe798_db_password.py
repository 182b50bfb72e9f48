# corpus: path=app/db/connect.py
import os

import psycopg2


def connect():
    return psycopg2.connect(host="db.internal", dbname="orders", user="orders_app", password="Tr0ub4dor&3-orders")  # expect: hardcoded-secret


def connect_from_env():
    return psycopg2.connect(host="db.internal", dbname="orders", user="orders_app", password=os.environ["ORDERS_DB_PASSWORD"])  # ok: hardcoded-secret
