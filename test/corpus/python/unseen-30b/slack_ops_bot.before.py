"""Slack slash commands for the support team: look up a customer, check a service."""
import logging
import os
import sqlite3

import requests
from slack_bolt import App

log = logging.getLogger("ops-bot")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])

DB_PATH = os.environ.get("SUPPORT_DB", "/var/lib/support/support.db")
SERVICES = {
    "billing": "https://billing.internal.example.com/healthz",
    "search": "https://search.internal.example.com/healthz",
}


def _db():
    return sqlite3.connect(DB_PATH)


@app.command("/customer")
def customer(ack, command, respond):
    ack()
    email = command["text"].strip()
    with _db() as conn:
        row = conn.execute("SELECT id, plan, created_at FROM customers WHERE email = ?", (email,)).fetchone()
    if not row:
        respond(f"No customer with email {email}")
        return
    respond(f"Customer {row[0]} on plan {row[1]} since {row[2]}")


@app.command("/health")
def health(ack, command, respond):
    ack()
    name = command["text"].strip()
    url = SERVICES.get(name)
    if url is None:
        respond(f"Unknown service. Try one of: {', '.join(SERVICES)}")
        return
    r = requests.get(url, timeout=3)
    respond(f"{name}: {r.status_code}")


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", 3000)))
