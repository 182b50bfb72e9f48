# corpus: path=app/web/badges.py
from flask import Blueprint, request
from markupsafe import Markup

bp = Blueprint("badges", __name__)


@bp.get("/badge")
def badge():
    label = request.args.get("label", "build")
    html = Markup('<span class="badge">{}</span>').format(label)  # ok: xss
    return str(html)
