# corpus: path=app/tools/dns.py
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/tools/dig")
def dig():
    host = request.args.get("host", "")
    return subprocess.run(f"dig +short {host}", shell=True, capture_output=True, text=True).stdout  # expect: command-injection
