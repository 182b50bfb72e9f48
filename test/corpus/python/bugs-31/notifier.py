# corpus: path=notifications/notifier.py
"""Builds and sends e-mail and chat notifications for account events."""
import logging
import smtplib
from email.message import EmailMessage
from typing import Iterable, Optional

log = logging.getLogger(__name__)

DEFAULT_CHANNELS = ("email",)


class Notification:
    def __init__(self, kind: str, recipients: list[str] = [], context: dict = {}):  # expect: mutable-default-argument
        self.kind = kind
        self.recipients = recipients
        self.context = context


class NotificationV2:
    def __init__(self, kind: str, recipients: Optional[list[str]] = None, context: Optional[dict] = None):  # ok: mutable-default-argument
        self.kind = kind
        self.recipients = list(recipients or [])
        self.context = dict(context or {})


def collect_recipients(users: Iterable, seen=set()) -> list[str]:  # expect: mutable-default-argument
    out = []
    for user in users:
        if user.email not in seen:
            seen.add(user.email)
            out.append(user.email)
    return out


def collect_recipients_v2(users: Iterable, seen: frozenset = frozenset()) -> list[str]:  # ok: mutable-default-argument
    taken = set(seen)
    out = []
    for user in users:
        if user.email not in taken:
            taken.add(user.email)
            out.append(user.email)
    return out


def build_message(subject, body, headers=dict()):  # expect: mutable-default-argument
    msg = EmailMessage()
    msg["Subject"] = subject
    for name, value in headers.items():
        msg[name] = value
    msg.set_content(body)
    return msg


def send_all(server: smtplib.SMTP, messages, channels=DEFAULT_CHANNELS):  # ok: mutable-default-argument
    sent = 0
    for msg in messages:
        try:
            server.send_message(msg)
            sent += 1
        except:  # expect: bare-except
            log.warning("could not send %s", msg["Subject"])
    return sent


def send_all_v2(server: smtplib.SMTP, messages):
    sent = 0
    for msg in messages:
        try:
            server.send_message(msg)
            sent += 1
        except smtplib.SMTPRecipientsRefused as exc:
            log.warning("recipients refused for %s: %s", msg["Subject"], exc.recipients)
    return sent


def close_quietly(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except Exception:  # expect: swallowed-exception
        pass


def close_quietly_v2(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except smtplib.SMTPServerDisconnected:  # ok: swallowed-exception
        pass


def render_all(templates, context):
    rendered = {}
    for name, template in templates.items():
        try:
            rendered[name] = template.format(**context)
        except:  # ok: bare-except
            log.error("template %s failed", name)
            raise
    return rendered
