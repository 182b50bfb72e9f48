"""Small Bottle wiki used by the ops team."""
import os
import sqlite3

from bottle import Bottle, abort, redirect, request, static_file, template

app = Bottle()
PAGES_DIR = os.environ.get("WIKI_PAGES", "/srv/wiki/pages")
ASSETS_DIR = os.environ.get("WIKI_ASSETS", "/srv/wiki/assets")
db = sqlite3.connect(os.environ.get("WIKI_DB", "wiki.db"))


@app.get("/assets/<filename:path>")
def assets(filename):
    return static_file(filename, root=ASSETS_DIR)


@app.get("/page/<slug>")
def page(slug):
    row = db.execute("SELECT title, body FROM pages WHERE slug = ?", (slug,)).fetchone()
    if row is None:
        abort(404)
    return template("page", title=row[0], body=row[1])


@app.post("/page/<slug>")
def save(slug):
    body = request.forms.getunicode("body", "")
    db.execute("UPDATE pages SET body = ? WHERE slug = ?", (body, slug))
    db.commit()
    redirect(f"/page/{slug}")
