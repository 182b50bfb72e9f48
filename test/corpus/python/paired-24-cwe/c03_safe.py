# corpus: path=app/jobs/runner.py
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/jobs/grep")
def grep_logs():
    pattern = request.form["pattern"]
    result = subprocess.run(["grep", "-r", "-e", pattern, "/var/log/app"], capture_output=True, text=True)  # ok: command-injection
    return result.stdout
