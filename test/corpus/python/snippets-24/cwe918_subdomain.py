# corpus: path=app/tenants.py
import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/tenant/data")
def tenant_data():
    subdomain = request.args["subdomain"]
    resp = requests.get("https://" + subdomain + ".example.com/data/", timeout=5)  # expect: ssrf
    return resp.text


@app.get("/github/user")
def github_user():
    user_id = request.args["user_id"]
    resp = requests.get("https://api.github.com/users/" + user_id, timeout=5)  # ok: ssrf
    return resp.text
