# corpus: path=functions/reports/handler.py
import json
import os
import subprocess

import boto3
import pymysql

s3 = boto3.client("s3")
BUCKET = os.environ["REPORT_BUCKET"]


def _db():
    return pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"], database="reports")


def list_reports(event, context):
    params = event.get("queryStringParameters") or {}
    owner = params.get("owner", "")
    with _db().cursor() as cur:
        cur.execute(f"SELECT id, title FROM reports WHERE owner = '{owner}'")  # expect: sql-injection
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows)}


def get_report(event, context):
    report_id = int(event["pathParameters"]["id"])
    with _db().cursor() as cur:
        cur.execute("SELECT id, title, body FROM reports WHERE id = %s", (report_id,))  # ok: sql-injection
        row = cur.fetchone()
    return {"statusCode": 200 if row else 404, "body": json.dumps(row)}


def render_pdf(event, context):
    body = json.loads(event["body"])
    name = body["name"]
    subprocess.run(f"wkhtmltopdf /tmp/{name}.html /tmp/{name}.pdf", shell=True, check=True)  # expect: command-injection
    s3.upload_file(f"/tmp/{name}.pdf", BUCKET, f"pdf/{name}.pdf")
    return {"statusCode": 201}


def go(event, context):
    target = (event.get("queryStringParameters") or {}).get("to", "/")
    return {"statusCode": 302, "headers": {"Location": target}, "body": ""}  # expect: open-redirect
