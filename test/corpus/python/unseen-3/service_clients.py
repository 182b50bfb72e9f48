# corpus: path=billing/clients.py
import os

import boto3
import jwt
import psycopg2
import redis
import requests
import stripe
from jinja2 import Environment, FileSystemLoader
from werkzeug.serving import run_simple

stripe.api_key = os.environ["STRIPE_API_KEY"]  # ok: hardcoded-secret
JWT_KEY = os.environ.get("JWT_KEY", "")

s3 = boto3.client(  # expect: hardcoded-secret
    "s3",
    aws_access_key_id="AKIAQWERTYUIOPASDFGH",
    aws_secret_access_key="q8Vd2kLm4Nx7Rt1Yb6Hc9Wf3Jz5Pe0Ga8Su2Xo4",
)
cache = redis.Redis(host="cache.internal", port=6379, password="r3d1s-Pr0d-Passw0rd")  # expect: hardcoded-secret
local_cache = redis.Redis(host="localhost", port=6379, password=os.environ.get("REDIS_PASSWORD"))  # ok: hardcoded-secret
invoice_env = Environment(loader=FileSystemLoader("billing/templates"), autoescape=False)  # expect: xss


def connect():
    return psycopg2.connect(host="db.internal", dbname="billing", user="billing", password="Billing#2024-prod")  # expect: hardcoded-secret


def connect_from_env():
    return psycopg2.connect(os.environ["DATABASE_URL"])  # ok: hardcoded-secret


def ledger_session() -> requests.Session:
    session = requests.Session()
    session.auth = ("ledger-bot", "Xk9#mPq2$vLw7nRt")  # expect: hardcoded-secret
    return session


def invoice_token(invoice_id: int) -> str:
    return jwt.encode({"inv": invoice_id}, "billing-jwt-signing-key-2024", algorithm="HS256")  # expect: hardcoded-secret


def invoice_token_env(invoice_id: int) -> str:
    return jwt.encode({"inv": invoice_id}, JWT_KEY, algorithm="HS256")  # ok: hardcoded-secret


def read_invoice_token(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})  # expect: jwt-weak


def serve_dev(app) -> None:
    run_simple("0.0.0.0", 5000, app, use_debugger=True, use_reloader=True)  # expect: debug-mode
