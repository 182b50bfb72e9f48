# corpus: path=reports/app.py
"""Report exports behind API Gateway, on AWS Chalice."""
import os
import subprocess

import boto3
from chalice import BadRequestError, Chalice

app = Chalice(app_name="reports")
s3 = boto3.client("s3")
EXPORT_DIR = "/tmp/exports"
FORMATS = {"pdf", "csv"}


@app.route("/reports/{name}", methods=["GET"])
def download(name):
    req = app.current_request
    fmt = req.query_params.get("format", "pdf") if req.query_params else "pdf"
    if fmt not in FORMATS:
        raise BadRequestError("unknown format")
    path = os.path.join(EXPORT_DIR, f"{req.uri_params['name']}.{fmt}")
    with open(path, "rb") as fh:  # expect: path-traversal
        return fh.read()


@app.route("/reports/{name}/safe", methods=["GET"])
def download_safe(name):
    key = os.path.basename(app.current_request.uri_params["name"])
    with open(os.path.join(EXPORT_DIR, f"{key}.pdf"), "rb") as fh:  # ok: path-traversal
        return fh.read()


@app.route("/reports/render", methods=["POST"])
def render():
    body = app.current_request.json_body or {}
    title = body.get("title", "Report")
    subprocess.run(f"wkhtmltopdf --title '{title}' page.html out.pdf", shell=True, check=True)  # expect: command-injection
    subprocess.run(["wkhtmltopdf", "--title", title, "page.html", "out.pdf"], check=True)  # ok: command-injection
    s3.upload_file("out.pdf", os.environ["BUCKET"], f"renders/{title}.pdf")
    return {"ok": True}
