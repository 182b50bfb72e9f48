# corpus: path=profiles/app.py
import sqlite3

import bleach
import markdown
from flask import Flask, abort, g, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)
DATABASE = "profiles.db"

ALLOWED_TAGS = ["p", "br", "strong", "em", "a", "ul", "ol", "li", "code", "pre", "blockquote"]
ALLOWED_ATTRS = {"a": ["href", "title"]}

PAGE = """<!doctype html>
<html>
<head><title>{{ name }}</title></head>
<body>
  <h1>{{ name }}</h1>
  <section class="bio">{{ bio }}</section>
</body>
</html>
"""


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.route("/users/<int:user_id>")
def show_profile(user_id):
    row = get_db().execute("SELECT name, bio_html FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        abort(404)
    return render_template_string(PAGE, name=row["name"], bio=Markup(row["bio_html"]))  # ok: xss


@app.route("/users/<int:user_id>/bio", methods=["POST"])
def save_bio(user_id):
    text = request.form.get("bio", "")
    html = bleach.clean(markdown.markdown(text), tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS)
    get_db().execute("UPDATE users SET bio = ?, bio_html = ? WHERE id = ?", (text, html, user_id))
    get_db().commit()
    return {"status": "saved"}


@app.route("/bio/preview", methods=["POST"])
def preview_bio():
    name = request.form.get("name", "")
    rendered = Markup(markdown.markdown(request.form.get("bio", "")))  # expect: xss
    return render_template_string(PAGE, name=name, bio=rendered)


@app.route("/bio/preview/clean", methods=["POST"])
def preview_bio_clean():
    raw = markdown.markdown(request.form.get("bio", ""))
    cleaned = Markup(bleach.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS))  # ok: xss
    return render_template_string(PAGE, name=request.form.get("name", ""), bio=cleaned)


@app.route("/search")
def search_people():
    term = request.args.get("q", "").strip()
    rows = get_db().execute(
        "SELECT id, name FROM users WHERE name LIKE ? ORDER BY name LIMIT 50", (f"%{term}%",)
    ).fetchall()
    out = "<h2>People matching " + term + "</h2>"
    out += "<ul>"
    for r in rows:
        out += f'<li><a href="/users/{r["id"]}">{escape(r["name"])}</a></li>'
    out += "</ul>"
    return out  # expect: xss


@app.route("/tags/<tag>")
def tag_page(tag):
    rows = get_db().execute("SELECT id, name FROM users WHERE tags LIKE ?", (f"%{tag}%",)).fetchall()
    items = "".join(f"<li>{escape(r['name'])}</li>" for r in rows)
    return f"<h2>Tagged {escape(tag)}</h2><ul>{items}</ul>"  # ok: xss
