# corpus: path=app/mail/preview.py
from flask import Blueprint, render_template_string, request

bp = Blueprint("mail_preview", __name__)

GREETING = "<p>Hello {{ name }}, your order has shipped.</p>"


def render_preview(name):
    return render_template_string(GREETING, name=name)  # ok: template-injection


@bp.get("/mail/preview")
def preview():
    return render_preview(request.args.get("name", "customer"))
