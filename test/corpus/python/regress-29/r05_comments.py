import bleach
from flask import Blueprint, render_template_string, request

bp = Blueprint("comments", __name__)

ALLOWED = ["b", "i", "em", "strong", "a", "code"]
PAGE = "<article class='comment'>{{ body | safe }}</article>"


@bp.post("/comments/preview")
def preview_comment():
    body = bleach.clean(request.form.get("body", ""), tags=ALLOWED, strip=True)
    return render_template_string(PAGE, body=body)


@bp.post("/comments/preview-raw")
def preview_comment_raw():
    body = request.form.get("body", "")
    return render_template_string(PAGE, body=body)  # expect: xss
