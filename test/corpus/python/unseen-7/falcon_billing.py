# corpus: path=billing/resources.py
import logging
import os
import random
import smtplib
from email.message import EmailMessage

import falcon
import requests

log = logging.getLogger(__name__)

TAX_API = "http://tax.partner-rates.com/v1/rates"  # expect: cleartext-http
LEDGER_API = os.environ.get("LEDGER_API", "https://ledger.internal.example.com")
METRICS_URL = "http://localhost:9091/metrics/job/billing"
SVG_NS = "http://www.w3.org/2000/svg"


class TaxResource:
    def on_get(self, req, resp, country):
        r = requests.get(TAX_API, params={"country": country}, timeout=5)  # also: cleartext-http
        resp.media = r.json()


class ChargeResource:
    def on_post(self, req, resp):
        body = req.get_media()
        r = requests.post(  # expect: cleartext-http
            "http://gateway.cardvault.io/charge",
            json={"card_token": body["card_token"], "amount": body["amount"]},
            headers={"Authorization": f"Bearer {os.environ['CARDVAULT_KEY']}"},
            timeout=10,
        )
        resp.media = {"status": r.json()["status"]}


class LedgerResource:
    def on_get(self, req, resp, account_id):
        r = requests.get(f"{LEDGER_API}/accounts/{int(account_id)}", timeout=5)  # ok: cleartext-http, ssrf
        resp.media = r.json()


class ReceiptResource:
    def on_get(self, req, resp):
        name = req.get_param("name", default="customer")
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<h1>Thanks, {name}!</h1>"  # expect: xss


class ReceiptTextResource:
    def on_get(self, req, resp):
        name = req.get_param("name", default="customer")
        resp.content_type = falcon.MEDIA_TEXT
        resp.text = f"Thanks, {name}!"  # ok: xss


class WebhookForwardResource:
    def on_post(self, req, resp):
        target = req.get_param("forward_to", required=True)
        r = requests.post(target, data=req.bounded_stream.read(), timeout=5)  # expect: ssrf
        resp.status = falcon.code_to_http_status(r.status_code)


def push_metrics(payload: bytes) -> None:
    requests.post(METRICS_URL, data=payload, timeout=2)  # ok: cleartext-http


def send_invoice(to_addr: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Your invoice"
    msg["To"] = to_addr
    msg["From"] = "billing@example.com"
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="invoice.pdf")
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


def invoice_number() -> str:
    return f"INV-{random.randint(10000, 99999)}"  # ok: insecure-random


app = falcon.App()
app.add_route("/tax/{country}", TaxResource())
app.add_route("/charge", ChargeResource())
app.add_route("/ledger/{account_id}", LedgerResource())
app.add_route("/receipt", ReceiptResource())
app.add_route("/receipt.txt", ReceiptTextResource())
app.add_route("/forward", WebhookForwardResource())
