import logging

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .models import Campaign, Contact, db
from .sending import queue_email

log = logging.getLogger(__name__)
bp = Blueprint("campaigns", __name__, url_prefix="/campaigns")

mail_env = Environment(
    loader=FileSystemLoader("campaigns/templates/mail"),
    autoescape=select_autoescape(["html"]),
)


def render_layout(name: str, **context) -> str:
    return mail_env.get_template(name).render(**context)


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
