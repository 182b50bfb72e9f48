# corpus: path=app/emails/preview.py
from flask import Blueprint, render_template_string, request

bp = Blueprint("emails", __name__)


@bp.post("/emails/preview")
def preview():
    subject = request.form.get("subject", "")
    body = request.form.get("body", "")
    page = "<h2>" + subject + "</h2><div class='body'>{{ body }}</div>"
    return render_template_string(page, body=body)  # expect: template-injection
