# corpus: path=notifications/mailer.py
import logging
import os
import random
import smtplib
import ssl
import time
from email.message import EmailMessage
from string import Template

log = logging.getLogger(__name__)

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.mailgun.org")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SMTP_USER = os.environ.get("SMTP_USER", "postmaster@mg.example.com")
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]

TEMPLATES = {
    "shipped": Template("Hi $name,\n\nYour order #$order has shipped and should arrive by $eta.\n"),
    "welcome": Template("Welcome to the shop, $name!\n"),
}

BANNER_COLORS = ["#0b7285", "#5f3dc4", "#c92a2a", "#2b8a3e"]


def pick_banner_color(seed=None):
    return random.Random(seed).choice(BANNER_COLORS)


def render(kind: str, **values) -> str:
    return TEMPLATES[kind].safe_substitute(**values)


def build(to: str, subject: str, body: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    msg.add_alternative(f'<div style="border-top:4px solid {pick_banner_color(to)}"><pre>{body}</pre></div>', subtype="html")
    return msg


def send(msg: EmailMessage, retries: int = 3) -> None:
    context = ssl.create_default_context()
    for attempt in range(1, retries + 1):
        try:
            with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=20) as smtp:
                smtp.starttls(context=context)
                smtp.login(SMTP_USER, SMTP_PASSWORD)
                smtp.send_message(msg)
            return
        except (smtplib.SMTPException, OSError) as exc:
            backoff = attempt * 2 + random.random()
            log.warning("send to %s failed (%s), retry %d in %.1fs", msg["To"], exc, attempt, backoff)
            time.sleep(backoff)
    raise RuntimeError(f"could not deliver to {msg['To']}")


def send_legacy_report(body: str) -> None:
    with smtplib.SMTP("mail.internal.example.com", 587) as smtp:
        smtp.starttls()
        smtp.login("reports", "Rep0rts!2023-Q4")  # expect: hardcoded-secret
        smtp.send_message(build("finance@example.com", "Weekly report", body))


def notify_shipped(user, order) -> None:
    body = render("shipped", name=user.first_name or user.username, order=order.pk, eta=order.eta.strftime("%d %B"))
    send(build(user.email, f"Order #{order.pk} shipped", body))
