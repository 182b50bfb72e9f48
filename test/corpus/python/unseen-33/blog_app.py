# corpus: path=blog/app.py
"""Public blog (Emmett). Readers are anonymous; query strings, route segments, forms and
cookies all come straight from their browsers."""
import base64
import html
import pickle
import json

from emmett import App, redirect, request, response, url
from emmett.orm import Database, Field, Model
from emmett.tools import service

app = App(__name__)
app.config.db.uri = "postgres://blog@localhost/blog"


class Post(Model):
    title = Field.string()
    slug = Field.string()
    body = Field.text()
    published = Field.bool()


db = Database(app)
db.define_models(Post)
app.pipeline = [db.pipe]


@app.route("/search")
async def search():
    q = request.query_params.q or ""
    rows = db.executesql(f"SELECT id, title, slug FROM posts WHERE published AND title ILIKE '%{q}%'", as_dict=True)  # expect: sql-injection
    return {"results": rows, "q": q}


@app.route("/search/v2")
async def search_v2():
    q = request.query_params.q or ""
    rows = db((Post.published == True) & (Post.title.ilike(f"%{q}%"))).select(Post.id, Post.title, Post.slug)  # ok: sql-injection
    return {"results": rows, "q": q}


@app.route("/archive/<int:year>")
async def archive(year):
    rows = db.executesql(f"SELECT id, title FROM posts WHERE extract(year from created) = {year}", as_dict=True)  # ok: sql-injection
    return {"year": year, "posts": rows}


@app.route("/tags/<str:tag>", output="str")
async def tag_badge(tag):
    response.content_type = "text/html; charset=utf-8"
    return f"<span class='tag'>{tag}</span>"  # expect: xss


@app.route("/tags/safe/<str:tag>", output="str")
async def tag_badge_safe(tag):
    response.content_type = "text/html; charset=utf-8"
    return f"<span class='tag'>{html.escape(tag)}</span>"  # ok: xss


@app.route("/go")
async def go():
    redirect(request.query_params.next or url("index"))  # expect: open-redirect


@app.route("/posts/<str:slug>/read")
async def read(slug):
    post = Post.get(slug=slug)
    redirect(url("post", post.slug))  # ok: open-redirect


@app.route("/drafts/restore", methods=["post"])
async def restore_draft():
    # The editor stores the unsaved draft in a cookie; it comes back from the browser as sent.
    raw = request.cookies["draft"].value
    draft = pickle.loads(base64.urlsafe_b64decode(raw))  # expect: unsafe-deserialization
    return {"title": draft.get("title"), "body": draft.get("body")}


@app.route("/drafts/restore/v2", methods=["post"])
async def restore_draft_v2():
    raw = request.cookies["draft"].value
    draft = json.loads(base64.urlsafe_b64decode(raw))  # ok: unsafe-deserialization
    return {"title": draft.get("title"), "body": draft.get("body")}


@app.route("/api/posts")
@service.json
async def api_posts():
    params = await request.body_params
    page = max(int(params.page or 1), 1)
    return Post.where(lambda p: p.published == True).select(paginate=(page, 20)).as_list()
