# corpus: path=sync/clients.py
"""Clients for the upstream systems the nightly sync talks to."""
import ssl
import urllib.request

import httpx
import requests
import urllib3

ERP_BASE = "http://erp.acme-corp.com/api/v1"  # expect: cleartext-http
CRM_BASE = "https://crm.acme-corp.com/api"  # ok: cleartext-http
METRICS_URL = "http://localhost:9091/metrics/job/sync"  # ok: cleartext-http
SCHEMA_ID = "http://json-schema.org/draft-07/schema#"  # ok: cleartext-http


def fetch_erp_orders(since: str, token: str) -> list[dict]:
    resp = requests.get(f"{ERP_BASE}/orders", params={"since": since}, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    resp.raise_for_status()
    return resp.json()


def fetch_crm_accounts(token: str) -> list[dict]:
    resp = requests.get(f"{CRM_BASE}/accounts", headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=30)  # expect: tls-verify-disabled
    resp.raise_for_status()
    return resp.json()


def fetch_inventory(token: str) -> dict:
    with httpx.Client(base_url=CRM_BASE, verify="/etc/ssl/certs/acme-ca.pem", timeout=30) as client:  # ok: tls-verify-disabled
        return client.get("/inventory", headers={"Authorization": f"Bearer {token}"}).json()


def fetch_legacy_feed() -> bytes:
    ctx = ssl._create_unverified_context()  # expect: tls-verify-disabled
    with urllib.request.urlopen("https://feeds.acme-corp.com/legacy.xml", context=ctx) as resp:
        return resp.read()


def fetch_partner_feed() -> bytes:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # expect: tls-verify-disabled
    ctx.verify_mode = ssl.CERT_NONE  # expect: tls-verify-disabled
    with urllib.request.urlopen("https://partner.example.net/feed.json", context=ctx) as resp:
        return resp.read()


def push_metrics(body: str) -> None:
    requests.post(METRICS_URL, data=body, timeout=5)


def post_invoice(invoice: dict, token: str) -> None:
    requests.post("http://billing.acme-corp.com/invoices", json=invoice, headers={"Authorization": token}, timeout=10)  # expect: cleartext-http


def quiet_warnings() -> None:
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)  # ok: tls-verify-disabled


def strict_client() -> httpx.Client:
    return httpx.Client(verify=True, timeout=10)  # ok: tls-verify-disabled
