# corpus: path=app/files.py
from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/reports/latest")
def latest_report():
    resp = send_file("/srv/reports/latest.pdf")
    resp.headers["Content-Type"] = request.args.get("type", "application/pdf")  # expect: header-injection
    return resp
