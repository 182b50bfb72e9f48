# corpus: path=catalog/api.py
from pathlib import Path

import elementpath
from flask import Blueprint, abort, jsonify, request
from lxml import etree

bp = Blueprint("catalog", __name__, url_prefix="/catalog")

CATALOG_PATH = Path(__file__).parent / "data" / "catalog.xml"
NS = {"c": "urn:example:catalog"}
_tree = etree.parse(str(CATALOG_PATH))


def _book_json(node):
    return {
        "isbn": node.get("isbn"),
        "title": node.findtext("c:title", namespaces=NS),
        "author": node.findtext("c:author", namespaces=NS),
        "price": float(node.findtext("c:price", default="0", namespaces=NS)),
    }


@bp.get("/books")
def books_by_author():
    author = request.args.get("author", "")
    nodes = _tree.xpath(f"//c:book[c:author='{author}']", namespaces=NS)  # expect: xpath-injection
    return jsonify([_book_json(n) for n in nodes])


@bp.get("/books/search")
def books_by_title():
    title = request.args.get("title", "")
    nodes = _tree.xpath("//c:book[contains(c:title, $t)]", t=title, namespaces=NS)  # ok: xpath-injection
    return jsonify([_book_json(n) for n in nodes])


@bp.get("/books/<isbn>")
def book(isbn):
    query = "//c:book[@isbn='" + isbn + "']"
    found = _tree.xpath(query, namespaces=NS)  # expect: xpath-injection
    if not found:
        abort(404)
    return jsonify(_book_json(found[0]))


@bp.get("/books/cheap")
def cheap_books():
    limit = request.args.get("max", type=float, default=10.0)
    nodes = _tree.xpath(f"//c:book[c:price <= {limit}]", namespaces=NS)  # ok: xpath-injection
    return jsonify([_book_json(n) for n in nodes])


@bp.get("/books/by-genre")
def books_by_genre():
    genre = request.args.get("genre", "")
    find = etree.XPath("//c:book[@genre='%s']" % genre, namespaces=NS)  # expect: xpath-injection
    return jsonify([_book_json(n) for n in find(_tree)])


@bp.get("/books/by-series")
def books_by_series():
    series = request.args.get("series", "")
    find = etree.XPath("//c:book[c:series=$s]", namespaces=NS)  # ok: xpath-injection
    return jsonify([_book_json(n) for n in find(_tree, s=series)])


@bp.post("/books/query")
def books_query():
    expression = request.get_json(force=True).get("xpath", "")
    nodes = elementpath.select(_tree.getroot(), expression, namespaces=NS)  # expect: xpath-injection
    return jsonify([_book_json(n) for n in nodes if getattr(n, "tag", None)])


@bp.get("/books/publisher")
def books_by_publisher():
    publisher = request.args.get("publisher", "")
    evaluator = etree.XPathEvaluator(_tree, namespaces=NS)
    nodes = evaluator("//c:book[c:publisher='{}']".format(publisher))  # expect: xpath-injection
    return jsonify([_book_json(n) for n in nodes])


@bp.get("/stats")
def stats():
    count = int(_tree.xpath("count(//c:book)", namespaces=NS))  # ok: xpath-injection
    authors = sorted(set(_tree.xpath("//c:book/c:author/text()", namespaces=NS)))
    return jsonify(count=count, authors=len(authors))
