# corpus: path=notifications/email.py
import os
import smtplib
from email.message import EmailMessage

from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from markupsafe import Markup, escape

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.mailgun.org")
SMTP_USER = "postmaster@mg.acme-mail.com"
SMTP_PASSWORD = "9f3b7c1e5a2d8f4b6c0e1a3d5f7b9c2e-us4"  # expect: hardcoded-secret
SMTP_FALLBACK_PASSWORD = os.environ.get("SMTP_FALLBACK_PASSWORD", "")  # ok: hardcoded-secret

env = Environment(loader=FileSystemLoader("notifications/templates"), autoescape=select_autoescape(["html"]))


def greeting_line(display_name):
    return Markup(f"<p>Hello <b>{display_name}</b>,</p>")  # expect: xss


def greeting_line_escaped(display_name):
    return Markup("<p>Hello <b>{}</b>,</p>").format(display_name)  # ok: xss


def footer_line(company_name):
    return Markup("<p>Sent on behalf of %s</p>" % escape(company_name))  # ok: xss


def render_signature(user):
    return Template(user.signature_template).render(name=user.display_name, title=user.job_title)  # expect: template-injection


def render_welcome(user):
    template = env.get_template("welcome.html")
    return template.render(greeting=greeting_line_escaped(user.display_name), user=user)  # ok: template-injection


def send_plain(to_addr, subject, html):
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content("This message needs an HTML mail client.")
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(SMTP_HOST, 25) as smtp:
        smtp.login(SMTP_USER, SMTP_PASSWORD)  # expect: cleartext-http
        smtp.send_message(msg)


def send_secure(to_addr, subject, html):
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, SMTP_FALLBACK_PASSWORD)  # ok: cleartext-http
        smtp.send_message(msg)
