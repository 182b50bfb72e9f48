# corpus: path=app/nettools/views.py
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    out = subprocess.check_output(["ping", "-c", "1", "--", host])  # ok: command-injection
    return out.decode()
