# corpus: path=app/jobs/runner.py
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/jobs/grep")
def grep_logs():
    pattern = request.form["pattern"]
    result = subprocess.run(["sh", "-c", f"grep -r {pattern} /var/log/app"], capture_output=True, text=True)  # expect: command-injection
    return result.stdout
