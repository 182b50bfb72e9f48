# corpus: path=app/search/views.py
import re

from flask import Blueprint, jsonify, request

from app.models import Article

bp = Blueprint("search", __name__)


@bp.get("/articles/highlight")
def highlight():
    patterns = [re.compile(term, re.IGNORECASE) for term in request.args.getlist("term")]  # expect: regex-injection
    results = []
    for article in Article.query.filter_by(published=True).limit(200):
        if all(p.search(article.body) for p in patterns):
            results.append({"id": article.id, "title": article.title})
    return jsonify(results)
