# corpus: path=crm/mailer.py
import logging
import os
from email.message import EmailMessage
from smtplib import SMTP

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from jinja2 import Environment, FileSystemLoader, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

from crm.models import Contact, Tenant

bp = Blueprint("mailer", __name__, url_prefix="/mail")
log = logging.getLogger(__name__)

env = Environment(
    loader=FileSystemLoader(os.path.join(os.path.dirname(__file__), "templates", "email")),
    autoescape=select_autoescape(["html", "xml"]),
)
sandbox = ImmutableSandboxedEnvironment(autoescape=True)

SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")


def send(to, subject, html, text):
    msg = EmailMessage()
    msg["From"] = "CRM <no-reply@crm.example.com>"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    with SMTP(SMTP_HOST) as smtp:
        smtp.send_message(msg)


@bp.route("/welcome/<int:contact_id>", methods=["POST"])
@login_required
def welcome(contact_id):
    contact = Contact.query.filter_by(id=contact_id, tenant_id=current_user.tenant_id).first_or_404()
    html = env.get_template("welcome.html").render(contact=contact, sender=current_user)
    text = env.get_template("welcome.txt").render(contact=contact, sender=current_user)
    send(contact.email, f"Welcome to {current_user.tenant.name}", html, text)
    return jsonify(sent=True)


@bp.route("/campaign/preview", methods=["POST"])
@login_required
def preview_campaign():
    body = request.get_json()
    contact = Contact.query.filter_by(tenant_id=current_user.tenant_id).first_or_404()
    html = env.from_string(body["template"]).render(contact=contact)  # expect: template-injection
    return jsonify(html=html)


@bp.route("/campaign/send", methods=["POST"])
@login_required
def send_campaign():
    body = request.get_json()
    tpl = sandbox.from_string(body["template"])  # ok: template-injection
    for contact in Contact.query.filter_by(tenant_id=current_user.tenant_id, subscribed=True):
        send(contact.email, body["subject"], tpl.render(contact=contact), body.get("text", ""))
    return jsonify(sent=True)


@bp.route("/signature", methods=["POST"])
@login_required
def save_signature():
    tenant = Tenant.query.get_or_404(current_user.tenant_id)
    tenant.signature_html = request.form["signature"]
    rendered = env.get_template("signature_preview.html").render(signature=tenant.signature_html)  # ok: xss
    return jsonify(preview=rendered)


@bp.route("/reset", methods=["POST"])
def reset():
    contact = Contact.query.filter_by(email=request.form["email"]).first()
    if contact is None:
        return jsonify(sent=True)
    token = contact.new_reset_token()
    link = f"https://crm.example.com/reset/{token}"
    log.info("password reset link for %s: %s", contact.email, link)  # expect: sensitive-logging
    html = env.get_template("reset.html").render(contact=contact, link=link)
    send(contact.email, "Reset your password", html, f"Reset: {link}")
    return jsonify(sent=True)
