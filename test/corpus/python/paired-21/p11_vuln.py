# corpus: path=app/web/badges.py
from flask import Blueprint, request
from markupsafe import Markup

bp = Blueprint("badges", __name__)


@bp.get("/badge")
def badge():
    label = request.args.get("label", "build")
    html = Markup(f'<span class="badge">{label}</span>')  # expect: xss
    return str(html)
