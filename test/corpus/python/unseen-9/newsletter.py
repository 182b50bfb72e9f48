# corpus: path=marketing/newsletter.py
import logging

from flask import Blueprint, Response, abort, jsonify, render_template, request
from flask_login import current_user, login_required
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from .models import Campaign, db

log = logging.getLogger(__name__)
bp = Blueprint("newsletter", __name__, url_prefix="/newsletter")
env = Environment(loader=FileSystemLoader("marketing/templates"), autoescape=select_autoescape(["html"]))
raw_env = Environment()
sandbox = SandboxedEnvironment(autoescape=True)


@bp.post("/campaigns/<int:cid>/preview")
@login_required
def preview(cid):
    campaign = Campaign.query.filter_by(id=cid, owner_id=current_user.id).first_or_404()
    body = request.form["body"]
    html = raw_env.from_string(body).render(campaign=campaign, user=current_user)  # expect: template-injection
    return Response(html, mimetype="text/html")


@bp.post("/campaigns/<int:cid>/preview/sandboxed")
@login_required
def preview_sandboxed(cid):
    campaign = Campaign.query.filter_by(id=cid, owner_id=current_user.id).first_or_404()
    html = sandbox.from_string(request.form["body"]).render(campaign=campaign)  # ok: template-injection
    return Response(html, mimetype="text/html")


@bp.post("/subject/test")
@login_required
def subject_test():
    subject = request.form.get("subject", "")
    rendered = Template(subject).render(first_name=current_user.first_name)  # expect: template-injection
    return jsonify({"subject": rendered})


@bp.get("/campaigns/<int:cid>")
@login_required
def show(cid):
    campaign = Campaign.query.filter_by(id=cid, owner_id=current_user.id).first_or_404()
    page = env.get_template("campaign.html").render(campaign=campaign, ref=request.args.get("ref", ""))  # ok: template-injection, xss
    return Response(page, mimetype="text/html")


@bp.get("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    return Markup("<p>%s has been removed from the list.</p>") % email  # ok: xss


@bp.get("/unsubscribe/legacy")
def unsubscribe_legacy():
    email = request.args.get("email", "")
    return Markup(f"<p>{email} has been removed from the list.</p>")  # expect: xss


@bp.get("/archive")
def archive():
    issue = request.args.get("issue", "latest")
    return render_template("newsletter/archive.html", issue=issue, note=escape(request.args.get("note", "")))  # ok: xss


@bp.post("/campaigns/<int:cid>/send")
@login_required
def send(cid):
    campaign = Campaign.query.filter_by(id=cid, owner_id=current_user.id).first_or_404()
    if campaign.sent_at is not None:
        abort(409)
    campaign.queue_delivery()
    db.session.commit()
    log.info("campaign %s queued by %s", cid, current_user.id)
    return jsonify({"queued": True}), 202
