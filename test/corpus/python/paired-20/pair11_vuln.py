# corpus: path=app/mail/views.py
from flask import Blueprint, render_template_string, request

bp = Blueprint("mail", __name__)


@bp.post("/mail/preview")
def mail_preview():
    body = request.form.get("body", "")
    if len(body) > 2000:
        body = body[:2000]
    return render_template_string(body, user=request.form.get("name"))  # expect: template-injection
