# corpus: path=cms/articles.py
import json
import logging
import re

from flask import Blueprint, abort, jsonify, request
from mongoengine import DateTimeField, Document, IntField, ListField, StringField, connect

bp = Blueprint("articles", __name__, url_prefix="/articles")
log = logging.getLogger(__name__)
connect(host="mongodb://mongo:27017/cms")

FILTERABLE = {"author", "section", "status"}


class Article(Document):
    slug = StringField(required=True, unique=True)
    title = StringField(required=True)
    author = StringField()
    section = StringField()
    status = StringField(default="draft")
    tags = ListField(StringField())
    views = IntField(default=0)
    published_at = DateTimeField()
    meta = {"indexes": ["slug", "author", "section"]}


def _as_list(qs):
    return [{"slug": a.slug, "title": a.title, "author": a.author} for a in qs]


@bp.get("/")
def list_articles():
    raw = request.args.get("filter")
    if raw:
        qs = Article.objects(__raw__=json.loads(raw))  # expect: nosql-injection
    else:
        qs = Article.objects(status="published")
    return jsonify(_as_list(qs.limit(50)))


@bp.get("/by")
def list_by_field():
    criteria = {k: v for k, v in request.args.items() if k in FILTERABLE and isinstance(v, str)}
    return jsonify(_as_list(Article.objects(**criteria).limit(50)))  # ok: nosql-injection


@bp.get("/popular")
def popular():
    min_views = request.args.get("min_views", "100")
    qs = Article.objects.where(f"this.views > {min_views}")  # expect: nosql-injection
    return jsonify(_as_list(qs.limit(20)))


@bp.get("/popular/v2")
def popular_v2():
    min_views = request.args.get("min_views", 100, type=int)
    qs = Article.objects(views__gt=min_views)  # ok: nosql-injection
    return jsonify(_as_list(qs.limit(20)))


@bp.get("/search")
def search():
    term = request.args.get("q", "")
    qs = Article.objects(title__iregex=term)  # expect: regex-injection
    return jsonify(_as_list(qs.limit(20)))


@bp.get("/search/v2")
def search_v2():
    term = request.args.get("q", "")
    qs = Article.objects(title__icontains=term)  # ok: regex-injection
    return jsonify(_as_list(qs.limit(20)))


@bp.get("/search/v3")
def search_v3():
    term = re.escape(request.args.get("q", ""))
    qs = Article.objects(title__iregex=term)  # ok: regex-injection
    return jsonify(_as_list(qs.limit(20)))


@bp.post("/<slug>/tags")
def add_tags(slug):
    article = Article.objects(slug=slug).first()  # ok: nosql-injection
    if article is None:
        abort(404)
    tags = [t.strip().lower() for t in request.get_json().get("tags", []) if isinstance(t, str)]
    article.update(add_to_set__tags=tags)
    return jsonify({"tags": article.reload().tags})
