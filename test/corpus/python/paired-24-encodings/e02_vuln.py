# corpus: path=app/labels.py
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/labels/print")
def print_label():
    text = request.form.get("text", "")
    subprocess.run(f"lp-label --text {text}", shell=True, check=True)  # expect: command-injection
    return {"ok": True}
