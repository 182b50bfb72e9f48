"""Small Bottle wiki used by the ops team."""
import os
import sqlite3

from bottle import Bottle, SimpleTemplate, abort, redirect, request, response, static_file, template

app = Bottle()
PAGES_DIR = os.environ.get("WIKI_PAGES", "/srv/wiki/pages")
ASSETS_DIR = os.environ.get("WIKI_ASSETS", "/srv/wiki/assets")
db = sqlite3.connect(os.environ.get("WIKI_DB", "wiki.db"))


@app.get("/assets/<filename:path>")
def assets(filename):
    return static_file(filename, root=ASSETS_DIR)


@app.get("/raw")
def raw():
    name = request.query.get("name", "index.md")
    with open(os.path.join(PAGES_DIR, name), encoding="utf-8") as fh:  # expect: path-traversal
        response.content_type = "text/plain; charset=utf-8"
        return fh.read()


@app.get("/export")
def export():
    name = request.query.get("name", "index.md")
    return static_file(os.path.basename(name), root=PAGES_DIR, download=True)  # ok: path-traversal


@app.get("/page/<slug>")
def page(slug):
    row = db.execute("SELECT title, body FROM pages WHERE slug = ?", (slug,)).fetchone()
    if row is None:
        abort(404)
    return template("page", title=row[0], body=row[1])


@app.get("/search")
def search():
    q = request.query.getunicode("q", "")
    order = request.query.get("order", "title")
    rows = db.execute(f"SELECT slug, title FROM pages WHERE title LIKE ? ORDER BY {order}", (f"%{q}%",)).fetchall()  # expect: sql-injection
    return template("results", q=q, rows=rows)  # ok: xss


@app.get("/preview")
def preview():
    snippet = request.query.getunicode("snippet", "")
    return SimpleTemplate(snippet).render(user=request.get_cookie("user"))  # expect: template-injection


@app.get("/hello")
def hello():
    who = request.query.getunicode("who", "friend")
    return "<h2>Hello " + who + "</h2>"  # expect: xss


@app.post("/page/<slug>")
def save(slug):
    body = request.forms.getunicode("body", "")
    db.execute("UPDATE pages SET body = ? WHERE slug = ?", (body, slug))
    db.commit()
    back = request.forms.get("back") or f"/page/{slug}"
    redirect(back)  # expect: open-redirect
