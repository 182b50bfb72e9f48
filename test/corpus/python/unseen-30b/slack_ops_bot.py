"""Slack slash commands for the support team: look up a customer, check a service."""
import logging
import os
import re
import sqlite3
import subprocess

import requests
from slack_bolt import App

log = logging.getLogger("ops-bot")
app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])

DB_PATH = os.environ.get("SUPPORT_DB", "/var/lib/support/support.db")
SERVICES = {
    "billing": "https://billing.internal.example.com/healthz",
    "search": "https://search.internal.example.com/healthz",
}
HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*$")


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


@app.command("/orders")
def orders(ack, command, respond):
    ack()
    # Anyone in the workspace can run a slash command; the text is theirs.
    status = command["text"].strip() or "open"
    with _db() as conn:
        rows = conn.execute(f"SELECT id, total FROM orders WHERE status = '{status}' ORDER BY id DESC LIMIT 20").fetchall()  # expect: sql-injection
    respond("\n".join(f"#{r[0]}: {r[1]}" for r in rows) or "none")


@app.command("/orders-by-plan")
def orders_by_plan(ack, command, respond):
    ack()
    plan = command["text"].strip()
    with _db() as conn:
        rows = conn.execute("SELECT o.id, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.plan = ?", (plan,)).fetchall()  # ok: sql-injection
    respond(f"{len(rows)} orders on {plan}")


@app.command("/dig")
def dig(ack, command, respond):
    ack()
    host = command["text"].strip()
    out = subprocess.run(f"dig +short {host}", shell=True, capture_output=True, text=True, timeout=10)  # expect: command-injection
    respond(f"```{out.stdout}```")


@app.command("/dig-safe")
def dig_safe(ack, command, respond):
    ack()
    host = command["text"].strip()
    if not HOSTNAME.match(host):
        respond("That is not a host name.")
        return
    out = subprocess.run(["dig", "+short", host], capture_output=True, text=True, timeout=10)  # ok: command-injection
    respond(f"```{out.stdout}```")


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


@app.command("/probe")
def probe(ack, command, respond):
    ack()
    url = command["text"].strip()
    r = requests.get(url, timeout=3)  # expect: ssrf
    respond(f"{url}: {r.status_code} ({len(r.content)} bytes)")


@app.event("app_mention")
def on_mention(event, say):
    text = event.get("text", "")
    log.info("mentioned in %s", event.get("channel"))
    if "help" in text.lower():
        say("Commands: /customer, /orders, /dig, /health")


if __name__ == "__main__":
    app.start(port=int(os.environ.get("PORT", 3000)))
