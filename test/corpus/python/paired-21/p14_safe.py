# corpus: path=app/directory/people.py
from lxml import etree
from flask import Blueprint, request

bp = Blueprint("people", __name__)
TREE = etree.parse("/srv/data/people.xml")


@bp.get("/people")
def find_person():
    login = request.args.get("login", "")
    nodes = TREE.xpath("//person[@login=$login]/email/text()", login=login)  # ok: xpath-injection
    return {"emails": [str(n) for n in nodes]}
