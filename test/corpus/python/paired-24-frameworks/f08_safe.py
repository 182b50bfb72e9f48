# corpus: path=app/exports/views.py
import subprocess

from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/exports/pdf")
def export_pdf():
    title = request.form.get("title", "Report")
    subprocess.run(["wkhtmltopdf", "--title", title, "/srv/report.html", "/tmp/out/report.pdf"], check=True)  # ok: command-injection
    return send_file("/tmp/out/report.pdf")
