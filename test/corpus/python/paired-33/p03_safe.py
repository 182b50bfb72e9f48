# corpus: path=app/notices/views.py
from flask import Blueprint, request
from jinja2 import Template

bp = Blueprint("notices", __name__)

NOTICE = Template("<p class='notice'>{{ message }}</p><p class='sig'>{{ shop.name }}</p>", autoescape=True)


def render_notice(text, shop):
    return NOTICE.render(message=text, shop=shop)  # ok: template-injection


def build_notice(form, shop):
    headline = form.get("headline", "Store notice")
    body = render_notice(form.get("message", ""), shop)
    return {"headline": headline, "body": body}


@bp.post("/shops/<int:shop_id>/notice/preview")
def preview_notice(shop_id):
    shop = {"id": shop_id, "name": request.form.get("shop_name", "")}
    return build_notice(request.form, shop)
