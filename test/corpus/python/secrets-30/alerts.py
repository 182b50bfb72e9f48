# corpus: path=app/ops/alerts.py
"""Where operational alerts go. The on-call rota reads #orders-alerts; finance wants refunds in Discord."""
import logging
import smtplib
from email.message import EmailMessage

import httpx

log = logging.getLogger(__name__)

ORDERS_ALERTS_WEBHOOK = "https://hooks.slack.com/services/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"  # expect: hardcoded-secret
FINANCE_DISCORD_WEBHOOK = "https://discord.com/api/webhooks/3023986249086731298/9VfTC6WA9DaII6SouYG7-jHc-lp7zMYPDmp35AdmVcoDVl_IC0UOhXhg6rPkB39reKX-"  # expect: hardcoded-secret
OPS_TELEGRAM_BOT = "7032235524:AAryQV5HMuNppjPbs-RlN4rBUgRV-vunVxo"  # expect: hardcoded-secret
OPS_TELEGRAM_CHAT = -1002098765432

# Severity names map to Slack colours and PagerDuty severities.
SEVERITY = {
    "critical": ("#d1242f", "critical"),
    "warning": ("#bf8700", "warning"),
    "info": ("#0969da", "info"),
}

# Error codes the payment provider sends that page someone; the rest only log.
PAGING_ERRORS = {
    "api_key_expired": "PAY-AUTH-401",
    "invalid_api_key": "PAY-AUTH-403",
    "secret_key_required": "PAY-AUTH-409",
}


def slack(text: str, severity: str = "info") -> None:
    colour, _ = SEVERITY[severity]
    httpx.post(ORDERS_ALERTS_WEBHOOK, json={"attachments": [{"color": colour, "text": text}]}, timeout=5)


def discord(text: str) -> None:
    httpx.post(FINANCE_DISCORD_WEBHOOK, json={"content": text[:2000]}, timeout=5)


def telegram(text: str) -> None:
    httpx.post(f"https://api.telegram.org/bot{OPS_TELEGRAM_BOT}/sendMessage", json={"chat_id": OPS_TELEGRAM_CHAT, "text": text}, timeout=5)


def mail_finance(subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = "alerts@acme-retail.com"
    msg["To"] = "finance@acme-retail.com"
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("smtp.eu.mailgun.org", 587) as smtp:
        smtp.starttls()
        smtp.login("alerts@mg.acme-retail.com", "8oVAk2#pt2uEaB3S9BMc")  # expect: hardcoded-secret
        smtp.send_message(msg)


def provider_error(code: str, detail: str) -> None:
    if code in PAGING_ERRORS:
        slack(f"{PAGING_ERRORS[code]}: {detail}", "critical")
    else:
        log.warning("payment provider error %s: %s", code, detail)
