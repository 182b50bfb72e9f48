# corpus: path=app/tools/dns.py
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
HOSTNAME = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


@app.get("/tools/dig")
def dig():
    host = request.args.get("host", "")
    if not HOSTNAME.match(host):
        abort(400)
    return subprocess.run(f"dig +short {host}", shell=True, capture_output=True, text=True).stdout  # ok: command-injection
