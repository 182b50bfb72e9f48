# corpus: path=app/labels.py
import binascii
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/labels/print")
def print_label():
    payload = binascii.hexlify(request.form.get("text", "").encode()).decode()
    subprocess.run(f"lp-label --hex {payload}", shell=True, check=True)  # ok: command-injection
    return {"ok": True}
