# corpus: path=app/catalog/views.py
from flask import Blueprint, abort, jsonify, request
from lxml import etree

bp = Blueprint("catalog", __name__)

CATALOG = etree.parse("data/catalog.xml")


def find_books(author):
    return CATALOG.xpath(f"//book[author='{author}']")  # expect: xpath-injection


def books_payload(author):
    return [{"isbn": b.get("isbn"), "title": b.findtext("title")} for b in find_books(author)]


@bp.get("/catalog/books")
def books():
    author = request.args.get("author")
    if not author:
        abort(400)
    return jsonify(books_payload(author))
