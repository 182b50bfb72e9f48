# corpus: path=reporting/integrations/partners.py
import logging
import os
import smtplib
from email.message import EmailMessage

import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger(__name__)

PARTNERS = {
    "acme": {
        "endpoints": {
            "orders": "https://api.acme-wholesale.com/v3/orders",
            "returns": "http://api.acme-wholesale.com/v3/returns",  # expect: cleartext-http
        },
        "timeout": 20,
    },
    "globex": {
        "endpoints": {"orders": "https://globex.example.org/orders"},
        "schema": "http://www.w3.org/2001/XMLSchema",  # ok: cleartext-http
    },
}

REPORTING_USER = "svc-reporting"
REPORTING_AUTH = HTTPBasicAuth(REPORTING_USER, os.environ["REPORTING_PASSWORD"])  # ok: hardcoded-secret
LEGACY_AUTH = HTTPBasicAuth("reports", "Rp7#kVq2!mWz")  # expect: hardcoded-secret


def fetch_orders(partner: str, since: str) -> list[dict]:
    cfg = PARTNERS[partner]
    resp = requests.get(cfg["endpoints"]["orders"], params={"since": since}, auth=REPORTING_AUTH, timeout=cfg["timeout"])
    resp.raise_for_status()
    return resp.json()["orders"]


def fetch_legacy_ledger(day: str) -> bytes:
    resp = requests.get(  # expect: tls-verify-disabled
        "https://ledger.internal.example.com/export",
        params={"day": day},
        auth=LEGACY_AUTH,
        verify=False,
        timeout=60,
    )
    resp.raise_for_status()
    return resp.content


def fetch_ca_pinned(day: str) -> bytes:
    resp = requests.get("https://ledger.internal.example.com/export", params={"day": day}, verify="/etc/ssl/internal-ca.pem", timeout=60)  # ok: tls-verify-disabled
    return resp.content


def email_report(recipient: str, body: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Daily partner report"
    msg["From"] = "reports@example.com"
    msg["To"] = recipient
    msg.set_content(body)
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost"), 587) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])  # ok: hardcoded-secret
        smtp.send_message(msg)
    log.info("report sent to %s", recipient)
