# corpus: path=services/orders/handler.py
import os
import subprocess
import tempfile

import boto3
import psycopg2
import requests
from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.exceptions import BadRequestError, NotFoundError
from aws_lambda_powertools.logging import correlation_paths
from jinja2 import Environment, select_autoescape

logger = Logger(service="orders")
tracer = Tracer(service="orders")
app = APIGatewayRestResolver()

s3 = boto3.client("s3")
BUCKET = os.environ["INVOICE_BUCKET"]
CARRIERS = {
    "dhl": "https://api.dhl.example.com/track",
    "ups": "https://onlinetools.ups.example.com/track",
}
jinja = Environment(autoescape=select_autoescape(["html"]))


def db():
    return psycopg2.connect(os.environ["ORDERS_DSN"])


@app.get("/orders")
@tracer.capture_method
def list_orders():
    status = app.current_event.get_query_string_value(name="status", default_value="open")
    sort = app.current_event.get_query_string_value(name="sort", default_value="created_at")
    with db() as conn, conn.cursor() as cur:
        cur.execute(f"SELECT id, total, status FROM orders WHERE status = %s ORDER BY {sort}", (status,))  # expect: sql-injection
        return {"orders": cur.fetchall()}


@app.get("/orders/<order_id>")
@tracer.capture_method
def get_order(order_id: str):
    with db() as conn, conn.cursor() as cur:
        cur.execute("SELECT id, total, status FROM orders WHERE id = '%s'" % order_id)  # expect: sql-injection
        row = cur.fetchone()
    if row is None:
        raise NotFoundError(f"order {order_id} not found")
    return {"id": row[0], "total": float(row[1]), "status": row[2]}


@app.get("/orders/<order_id>/items")
@tracer.capture_method
def order_items(order_id: str):
    with db() as conn, conn.cursor() as cur:
        cur.execute("SELECT sku, qty FROM order_items WHERE order_id = %s", (order_id,))  # ok: sql-injection
        return {"items": cur.fetchall()}


@app.get("/orders/<order_id>/invoice")
@tracer.capture_method
def invoice(order_id: str):
    lang = app.current_event.get_query_string_value(name="lang", default_value="en")
    key = f"invoices/{lang}/{order_id}.pdf"
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        s3.download_file(BUCKET, key, tmp.name)
        return Response(status_code=200, content_type="application/pdf", body=open(tmp.name, "rb").read())


@app.post("/orders/<order_id>/track")
@tracer.capture_method
def track(order_id: str):
    body = app.current_event.json_body
    carrier_url = CARRIERS.get(body.get("carrier", ""))
    if carrier_url is None:
        raise BadRequestError("unknown carrier")
    resp = requests.get(carrier_url, params={"ref": body.get("tracking")}, timeout=5)  # ok: ssrf
    return {"order": order_id, "tracking": resp.json()}


@app.post("/orders/<order_id>/notify")
@tracer.capture_method
def notify(order_id: str):
    body = app.current_event.json_body
    resp = requests.post(body["callback_url"], json={"order": order_id, "event": "shipped"}, timeout=5)  # expect: ssrf
    return {"delivered": resp.ok}


@app.post("/orders/<order_id>/label")
@tracer.capture_method
def label(order_id: str):
    body = app.current_event.json_body
    out = f"/tmp/{order_id}.zpl"
    subprocess.run(f"zint --barcode=20 --data='{body['reference']}' --output={out}", shell=True, check=True)  # expect: command-injection
    return {"label": out}


@app.post("/orders/<order_id>/packing-slip")
@tracer.capture_method
def packing_slip(order_id: str):
    body = app.current_event.json_body
    tmpl = jinja.from_string("<h1>Packing slip {{ order }}</h1><p>" + body.get("note", "") + "</p>")  # expect: template-injection
    return Response(status_code=200, content_type="text/html", body=tmpl.render(order=order_id))


@app.post("/orders/<order_id>/gift-note")
@tracer.capture_method
def gift_note(order_id: str):
    body = app.current_event.json_body
    tmpl = jinja.from_string("<h1>Gift for order {{ order }}</h1><p>{{ note }}</p>")
    return Response(status_code=200, content_type="text/html", body=tmpl.render(order=order_id, note=body.get("note", "")))  # ok: template-injection


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@tracer.capture_lambda_handler
def lambda_handler(event, context):
    return app.resolve(event, context)
