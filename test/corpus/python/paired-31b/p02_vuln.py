# corpus: path=app/mail/preview.py
from flask import Blueprint, render_template_string, request

bp = Blueprint("mail_preview", __name__)


def build_greeting(name):
    return f"<p>Hello {name}, your order has shipped.</p>"


def render_preview(template):
    return render_template_string(template)  # expect: template-injection


@bp.get("/mail/preview")
def preview():
    return render_preview(build_greeting(request.args.get("name", "customer")))
