# corpus: path=app/notifications/render.py
import logging
from pathlib import Path

from flask import Blueprint, render_template, render_template_string, request
from flask_login import current_user, login_required
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

from ..extensions import db, mail
from ..models import NotificationTemplate

log = logging.getLogger(__name__)

bp = Blueprint("notifications", __name__)

TEMPLATE_DIR = Path(__file__).parent / "templates"
env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"]),
    undefined=StrictUndefined,
)
sandbox = SandboxedEnvironment(autoescape=True)


def render_email(name, **context):
    return env.get_template(f"{name}.html").render(**context)  # ok: template-injection


@bp.post("/notifications/preview")
@login_required
def preview():
    body = request.form.get("body", "")
    return render_template_string(body, user=current_user)  # expect: template-injection


@bp.post("/notifications/preview-sandboxed")
@login_required
def preview_sandboxed():
    body = request.form.get("body", "")
    return sandbox.from_string(body).render(user={"name": current_user.name})  # ok: template-injection


@bp.post("/notifications/greeting")
@login_required
def greeting():
    name = request.form.get("name", "friend")
    template = "<h1>Hello {{ name }}!</h1><p>Your plan: {{ plan }}</p>"
    return render_template_string(template, name=name, plan=current_user.plan)  # ok: template-injection


@bp.post("/notifications/banner")
@login_required
def banner():
    headline = request.form.get("headline", "")
    page = "<div class='banner'>" + headline + "</div>{% include 'footer.html' %}"
    return render_template_string(page)  # expect: template-injection


@bp.post("/templates/<int:template_id>/send")
@login_required
def send_custom(template_id):
    tpl = NotificationTemplate.query.get_or_404(template_id)
    subject = request.form.get("subject", tpl.subject)
    rendered = Template(request.form["body"]).render(customer=current_user.name)  # expect: template-injection
    mail.send_message(subject=subject, recipients=[current_user.email], html=rendered)
    return {"sent": True}


@bp.post("/templates")
@login_required
def save_template():
    tpl = NotificationTemplate(
        owner_id=current_user.id,
        subject=request.form["subject"],
        body=request.form["body"],
    )
    db.session.add(tpl)
    db.session.commit()
    return {"id": tpl.id}, 201


@bp.get("/templates/<int:template_id>/render")
@login_required
def render_saved(template_id):
    tpl = NotificationTemplate.query.get_or_404(template_id)
    return env.from_string(tpl.body).render(customer=current_user.name)  # expect: template-injection


@bp.get("/digest")
@login_required
def digest():
    items = current_user.unread_notifications(limit=20)
    return render_template("notifications/digest.html", items=items, user=current_user)  # ok: template-injection


@bp.get("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    log.info("unsubscribe requested for %s", email)
    return render_template("notifications/unsubscribed.html", email=email)  # ok: xss
