# corpus: path=billing/clients.py
"""Connections the billing worker needs: ledger database, message broker, the tax service and
the card vault."""
import logging
import os
from dataclasses import dataclass

import pika
import pymysql
import requests
from cryptography.fernet import Fernet
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

log = logging.getLogger("billing")

ledger_engine = create_engine(
    "mysql+pymysql://billing_rw:Ledg3r!Qz81mVx@ledger-db.prod.acme-pay.net:3306/ledger",  # expect: hardcoded-secret
    pool_pre_ping=True,
    pool_size=10,
)
LedgerSession = sessionmaker(bind=ledger_engine)

# Local runs use the docker-compose database, which has no password.
reports_engine = create_engine(os.environ.get("REPORTS_DATABASE_URL", "mysql+pymysql://root@127.0.0.1:3306/reports"))  # ok: hardcoded-secret


def broker_connection() -> pika.BlockingConnection:
    credentials = pika.PlainCredentials("billing", "Rb7!kQ2vXm9Lw4Tz")  # expect: hardcoded-secret
    params = pika.ConnectionParameters(host="mq.prod.acme-pay.net", port=5672, virtual_host="billing", credentials=credentials)
    return pika.BlockingConnection(params)


def local_broker_connection() -> pika.BlockingConnection:
    user = os.environ.get("RABBITMQ_USER", "guest")
    credentials = pika.PlainCredentials(user, os.environ["RABBITMQ_PASSWORD"])  # ok: hardcoded-secret
    return pika.BlockingConnection(pika.ConnectionParameters(host="localhost", credentials=credentials))


def audit_db():
    return pymysql.connect(
        host="audit-db.prod.acme-pay.net",
        user="audit_writer",
        password="Aud1t#Wr1ter-7mQ2",  # expect: hardcoded-secret
        database="audit",
        autocommit=True,
    )


class TaxServiceClient:
    """Client for the tax-rate service of our payment processor."""

    BASE_URL = "https://tax.partner-ledger.io/v3"

    def __init__(self, api_key: str = "tx_live_9Hq2Lm7Vx4Kt8Rb1Nz6Jc3Wp5", timeout: float = 5.0):  # expect: hardcoded-secret
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"
        self.timeout = timeout

    def rate(self, country: str, postal_code: str) -> float:
        resp = self.session.get(f"{self.BASE_URL}/rates", params={"country": country, "postal_code": postal_code}, timeout=self.timeout)
        resp.raise_for_status()
        return float(resp.json()["rate"])


class CardVault:
    # Card numbers are encrypted with this key before they reach the ledger database.
    ENCRYPTION_KEY = b"q1Xr0e7zK5bV2mN8pL4wT6yC9dF3hJ0sA2eG8uD7rK4="  # expect: hardcoded-secret

    def __init__(self):
        self.fernet = Fernet(self.ENCRYPTION_KEY)

    def seal(self, pan: str) -> bytes:
        return self.fernet.encrypt(pan.encode())

    def open(self, token: bytes) -> str:
        return self.fernet.decrypt(token).decode()


@dataclass
class SftpSettings:
    host: str = "sftp.bank-partner.com"
    port: int = 22
    username: str = "acme_settlements"
    password: str = "St7l!mnt-Bq92xVr"  # expect: hardcoded-secret
    remote_dir: str = "/outgoing/settlements"


@dataclass
class SmtpSettings:
    host: str = os.environ.get("SMTP_HOST", "localhost")
    port: int = int(os.environ.get("SMTP_PORT", "1025"))
    username: str = os.environ.get("SMTP_USER", "")
    password: str = os.environ.get("SMTP_PASSWORD", "")  # ok: hardcoded-secret


class ExchangeRates:
    """Public exchange-rate feed; the key is a placeholder the deploy tooling replaces."""

    def __init__(self, app_id: str = os.environ.get("OPENEXCHANGE_APP_ID", "your-app-id-here")):  # ok: hardcoded-secret
        self.app_id = app_id

    def latest(self) -> dict:
        resp = requests.get("https://openexchangerates.org/api/latest.json", params={"app_id": self.app_id}, timeout=10)
        resp.raise_for_status()
        return resp.json()["rates"]


def webhook_verifier():
    from stripe import Webhook

    secret = os.environ["STRIPE_WEBHOOK_SECRET"]
    return lambda payload, header: Webhook.construct_event(payload, header, secret)  # ok: hardcoded-secret


log.info("billing clients loaded (ledger pool %d)", ledger_engine.pool.size())
