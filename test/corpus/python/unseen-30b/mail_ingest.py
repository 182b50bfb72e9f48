# corpus: path=support/mail_ingest.py
"""Polls the support mailbox, stores attachments next to each ticket and renders a preview of the
message for agents. Mail comes from anyone on the internet: the sender picks attachment names and
writes the HTML body."""
import email
import html
import imaplib
import logging
import os
import re
import uuid
from email.policy import default as default_policy

import bleach
from flask import Flask, abort

log = logging.getLogger("mail-ingest")
app = Flask(__name__)

IMAP_HOST = os.environ["SUPPORT_IMAP_HOST"]
ATTACH_ROOT = os.environ.get("ATTACH_ROOT", "/srv/support/attachments")
PREVIEW_ROOT = os.environ.get("PREVIEW_ROOT", "/srv/support/previews")
ALLOWED_TAGS = ["p", "br", "b", "i", "ul", "ol", "li", "a", "blockquote"]


def poll_mailbox():
    box = imaplib.IMAP4_SSL(IMAP_HOST)
    box.login(os.environ["SUPPORT_IMAP_USER"], os.environ["SUPPORT_IMAP_PASSWORD"])
    box.select("INBOX")
    _, data = box.search(None, "UNSEEN")
    for num in data[0].split():
        _, parts = box.fetch(num, "(RFC822)")
        msg = email.message_from_bytes(parts[0][1], policy=default_policy)
        ticket_id = uuid.uuid4().hex
        save_attachments(msg, ticket_id)
        save_attachments_safely(msg, ticket_id)
        write_preview(msg, ticket_id)
    box.logout()


def save_attachments(msg, ticket_id):
    folder = os.path.join(ATTACH_ROOT, ticket_id)
    os.makedirs(folder, exist_ok=True)
    for part in msg.iter_attachments():
        name = part.get_filename()
        if not name:
            continue
        with open(os.path.join(folder, name), "wb") as fh:  # expect: path-traversal
            fh.write(part.get_payload(decode=True))


def save_attachments_safely(msg, ticket_id):
    folder = os.path.realpath(os.path.join(ATTACH_ROOT, ticket_id))
    os.makedirs(folder, exist_ok=True)
    for index, part in enumerate(msg.iter_attachments()):
        name = os.path.basename(part.get_filename() or f"attachment-{index}")
        name = re.sub(r"[^A-Za-z0-9._-]", "_", name).lstrip(".") or f"attachment-{index}"
        with open(os.path.join(folder, name), "wb") as fh:  # ok: path-traversal
            fh.write(part.get_payload(decode=True))


def write_preview(msg, ticket_id):
    body = msg.get_body(preferencelist=("html", "plain"))
    content = body.get_content() if body else ""
    subject = msg.get("Subject", "(no subject)")
    page = f"<h1>{html.escape(subject)}</h1><div class='mail'>{bleach.clean(content, tags=ALLOWED_TAGS, strip=True)}</div>"
    with open(os.path.join(PREVIEW_ROOT, f"{ticket_id}.html"), "w") as fh:
        fh.write(page)


@app.get("/tickets/<ticket_id>/preview")
def ticket_preview(ticket_id):
    if not re.fullmatch(r"[0-9a-f]{32}", ticket_id):
        abort(404)
    with open(os.path.join(PREVIEW_ROOT, f"{ticket_id}.html")) as fh:  # ok: path-traversal
        return fh.read()


if __name__ == "__main__":
    poll_mailbox()
