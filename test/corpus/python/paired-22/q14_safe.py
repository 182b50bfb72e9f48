# corpus: path=app/emails/preview.py
from flask import Blueprint, render_template_string, request

bp = Blueprint("emails", __name__)

PAGE = "<h2>{{ subject }}</h2><div class='body'>{{ body }}</div>"


@bp.post("/emails/preview")
def preview():
    subject = request.form.get("subject", "")
    body = request.form.get("body", "")
    return render_template_string(PAGE, subject=subject, body=body)  # ok: template-injection
