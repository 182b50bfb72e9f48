# corpus: path=integrations/vendors.py
import ftplib
import os
import smtplib
import urllib.request

import httpx
import requests

PAYMENTS_BASE = "http://payments.partner-bank.com/api/v2"  # expect: cleartext-http
METRICS_URL = "http://localhost:9100/metrics"
XMLNS = "http://www.w3.org/2001/XMLSchema-instance"


def charge(card_token: str, amount_cents: int):
    return requests.post(  # also: cleartext-http
        f"{PAYMENTS_BASE}/charges",
        json={"token": card_token, "amount": amount_cents},
        headers={"Authorization": f"Bearer {os.environ['PAYMENTS_KEY']}"},
        timeout=10,
    )


def fetch_rates():
    with urllib.request.urlopen("http://rates.example-fx.com/latest.json", timeout=5) as resp:  # expect: cleartext-http
        return resp.read()


async def sync_crm(contact: dict):
    async with httpx.AsyncClient(base_url="http://crm.example-saas.com") as client:  # expect: cleartext-http
        await client.post("/contacts", json=contact, auth=("api", os.environ["CRM_KEY"]))


def scrape_local_metrics():
    return requests.get(METRICS_URL, timeout=2).text  # ok: cleartext-http


def call_sidecar():
    return httpx.get("http://127.0.0.1:8500/v1/health/service/web")  # ok: cleartext-http


def call_internal_service():
    return requests.get("http://orders-service.default.svc.cluster.local/orders", timeout=3)  # ok: cleartext-http


def schema_location() -> str:
    return f"{XMLNS} schema.xsd"  # ok: cleartext-http


def upload_report(path: str):
    ftp = ftplib.FTP("ftp.partner-logistics.com")  # expect: cleartext-http
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def upload_report_tls(path: str):
    ftp = ftplib.FTP_TLS("ftp.partner-logistics.com")  # ok: cleartext-http
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftp.prot_p()


def send_mail(msg):
    with smtplib.SMTP("smtp.example.com", 587) as server:  # ok: cleartext-http
        server.starttls()
        server.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        server.send_message(msg)
