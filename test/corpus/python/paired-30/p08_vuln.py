# corpus: path=app/accounts/plans.py
from flask import Blueprint, abort, request
from lxml import etree

bp = Blueprint("plans", __name__)
PLANS = etree.parse("config/plans.xml")


@bp.get("/plan")
def current_plan():
    account = request.headers.get("X-Account-Code", "")
    matches = PLANS.xpath(f"//account[@code='{account}']/plan/text()")  # expect: xpath-injection
    if not matches:
        abort(404)
    return {"plan": matches[0]}
