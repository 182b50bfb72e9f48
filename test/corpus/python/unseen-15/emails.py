# corpus: path=app/notifications/emails.py
from dataclasses import dataclass

from flask import Blueprint, render_template, render_template_string, request
from jinja2 import Environment, PackageLoader, Template, select_autoescape

from app.auth import admin_required
from app.mail import send_mail

bp = Blueprint("emails", __name__)
env = Environment(loader=PackageLoader("app", "templates/email"), autoescape=select_autoescape(["html"]))


@dataclass
class Recipient:
    email: str
    first_name: str


def render_welcome(recipient: Recipient) -> str:
    tpl = env.get_template("welcome.html")
    return tpl.render(name=recipient.first_name)  # ok: template-injection


@bp.post("/admin/emails/preview")
@admin_required
def preview_campaign():
    source = request.form["body"]
    sample = Recipient(email="preview@example.com", first_name="Ada")
    html = Template(source).render(user=sample)  # expect: template-injection
    return html


@bp.get("/unsubscribe")
def unsubscribe_page():
    name = request.args.get("name", "there")
    return render_template_string("<p>Goodbye, " + name + ". You will not hear from us again.</p>")  # expect: template-injection


@bp.get("/unsubscribe/v2")
def unsubscribe_page_v2():
    name = request.args.get("name", "there")
    return render_template_string("<p>Goodbye, {{ name }}.</p>", name=name)  # ok: template-injection


@bp.get("/emails/<slug>")
def show_archived(slug: str):
    return render_template("emails/archive.html", slug=slug)


def send_digest(recipients: list[Recipient], items: list[dict]) -> int:
    tpl = env.get_template("digest.html")
    sent = 0
    for r in recipients:
        if not items:
            continue
        send_mail(r.email, subject="Your weekly digest", html=tpl.render(name=r.first_name, items=items))
        sent += 1
    return sent
