import logging
import smtplib
from email.message import EmailMessage

from flask import Blueprint, render_template, request

log = logging.getLogger(__name__)
bp = Blueprint("mailer", __name__)
SMTP_HOST = "localhost"


def send(to, subject, html):
    msg = EmailMessage()
    msg["To"] = to
    msg["From"] = "noreply@example.com"
    msg["Subject"] = subject
    msg.set_content("This message needs an HTML-capable client.")
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(SMTP_HOST) as smtp:
        smtp.send_message(msg)


@bp.post("/invite")
def invite():
    email = request.form["email"]
    inviter = request.form.get("inviter", "A colleague")
    note = request.form.get("note", "")
    html = render_template("invite.html", inviter=inviter, note=note)
    send(email, "You have been invited", html)
    log.info("invite sent to %s", email)
    return {"sent": True}
