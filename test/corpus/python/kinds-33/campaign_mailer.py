import logging
from string import Template as TextTemplate

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from jinja2 import DictLoader, Environment, FileSystemLoader, select_autoescape
from jinja2.nativetypes import NativeEnvironment
from jinja2.sandbox import SandboxedEnvironment

from .models import Campaign, Contact, db
from .sending import queue_email

log = logging.getLogger(__name__)
bp = Blueprint("campaigns", __name__, url_prefix="/campaigns")

mail_env = Environment(
    loader=FileSystemLoader("campaigns/templates/mail"),
    autoescape=select_autoescape(["html"]),
)

# Customer-written snippets are compiled in the sandbox: no attribute walking to __globals__.
snippet_env = SandboxedEnvironment(autoescape=True)
native_env = NativeEnvironment()


def render_layout(name: str, **context) -> str:
    return mail_env.get_template(name).render(**context)


def sample_contact() -> dict:
    return {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"}


@bp.post("/<int:campaign_id>/send")
@login_required
def send(campaign_id):
    campaign = Campaign.query.filter_by(id=campaign_id, account_id=current_user.account_id).first_or_404()
    layout = campaign.layout or "default.html"
    if layout not in current_app.config["MAIL_LAYOUTS"]:
        abort(400)
    sent = 0
    for contact in Contact.query.filter_by(list_id=campaign.list_id, unsubscribed=False):
        html = render_layout(layout, contact=contact, campaign=campaign)
        queue_email(contact.email, campaign.subject, html)
        sent += 1
    campaign.sent_count = sent
    db.session.commit()
    log.info("campaign %s queued to %d contacts", campaign.id, sent)
    return jsonify(queued=sent)


@bp.post("/preview")
@login_required
def preview():
    # The campaign editor posts the subject and body the customer is typing, on every keystroke.
    draft = request.get_json(force=True)
    env = mail_env.overlay(
        loader=DictLoader({"subject.txt": draft.get("subject", ""), "body.html": draft.get("body", "")}),
    )
    subject = env.get_template("subject.txt").render(contact=sample_contact())  # expect: template-injection
    body = env.get_template("body.html").render(contact=sample_contact())  # expect: template-injection
    return jsonify(subject=subject, body=body)


@bp.post("/preview/snippet")
@login_required
def preview_snippet():
    draft = request.get_json(force=True)
    html = snippet_env.from_string(draft.get("snippet", "")).render(contact=sample_contact())  # ok: template-injection
    return jsonify(html=html)


@bp.post("/preview/sms")
@login_required
def preview_sms():
    # SMS texts use $first_name placeholders: string.Template substitutes names and nothing else.
    text = request.get_json(force=True).get("text", "")
    rendered = TextTemplate(text).safe_substitute(sample_contact())  # ok: template-injection
    return jsonify(text=rendered[:160])


@bp.post("/segments/preview")
@login_required
def preview_segment():
    # Segment rules are expressions the customer types in the audience builder,
    # for example "{{ contact.orders > 3 and contact.country == 'DE' }}".
    rule = request.get_json(force=True).get("rule", "")
    check = native_env.from_string(rule)  # expect: template-injection
    contacts = Contact.query.filter_by(account_id=current_user.account_id).limit(500)
    matched = [c.email for c in contacts if check.render(contact=c) is True]
    return jsonify(count=len(matched), sample=matched[:10])
