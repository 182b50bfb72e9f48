# corpus: path=app/files.py
from flask import Flask, request, send_file

app = Flask(__name__)
TYPES = {"pdf": "application/pdf", "txt": "text/plain"}


@app.get("/reports/latest")
def latest_report():
    resp = send_file("/srv/reports/latest.pdf")
    resp.headers["Content-Type"] = TYPES.get(request.args.get("type", "pdf"), "application/pdf")  # ok: header-injection
    return resp
