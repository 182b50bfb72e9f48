# corpus: path=guestbook/app.py
import os
import sqlite3
import uuid

import bottle
from bottle import abort, redirect, request, response, static_file, template

DB_PATH = os.environ.get("GUESTBOOK_DB", "guestbook.db")
STATIC_ROOT = os.path.join(os.path.dirname(__file__), "static")
AVATAR_DIR = "/srv/guestbook/avatars"

app = bottle.Bottle()

ENTRY_TPL = """
<div class="entry">
  <b>{{author}}</b> wrote:
  <p>{{message}}</p>
</div>
"""


def db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@app.get("/")
def index():
    rows = db().execute("SELECT author, message FROM entries ORDER BY id DESC LIMIT 50").fetchall()
    return "".join(template(ENTRY_TPL, author=r["author"], message=r["message"]) for r in rows)


@app.get("/search")
def search():
    who = request.query.get("author", "")
    rows = db().execute("SELECT author, message FROM entries WHERE author = '%s'" % who).fetchall()  # expect: sql-injection
    return "".join(template(ENTRY_TPL, author=r["author"], message=r["message"]) for r in rows)


@app.get("/search/v2")
def search_v2():
    who = request.query.author
    rows = db().execute("SELECT author, message FROM entries WHERE author = ?", (who,)).fetchall()  # ok: sql-injection
    return "".join(template(ENTRY_TPL, author=r["author"], message=r["message"]) for r in rows)


@app.post("/sign")
def sign():
    author = request.forms.getunicode("author", "anonymous")
    message = request.forms.getunicode("message", "")
    conn = db()
    conn.execute("INSERT INTO entries (author, message) VALUES (?, ?)", (author, message))
    conn.commit()
    response.set_cookie("last_author", author, path="/")
    return template(ENTRY_TPL, author=author, message=message)  # ok: template-injection, xss


@app.get("/greet")
def greet():
    name = request.query.get("name", "guest")
    return template("<h1>Welcome back, " + name + "!</h1>")  # expect: template-injection


@app.get("/greet/v2")
def greet_v2():
    name = request.query.get("name", "guest")
    return template("<h1>Welcome back, {{name}}!</h1>", name=name)  # ok: template-injection


@app.get("/hello/<name>")
def hello(name):
    return "<p>Hello " + name + ", thanks for stopping by.</p>"  # expect: xss


@app.get("/hello/v2/<name>")
def hello_v2(name):
    return "<p>Hello " + bottle.html_escape(name) + ", thanks for stopping by.</p>"  # ok: xss


@app.get("/static/<filepath:path>")
def static(filepath):
    return static_file(filepath, root=STATIC_ROOT)  # ok: path-traversal


@app.get("/avatar")
def avatar():
    name = request.query.get("file", "")
    if not name:
        abort(404)
    with open(os.path.join(AVATAR_DIR, name), "rb") as fh:  # expect: path-traversal
        response.content_type = "image/png"
        return fh.read()


@app.post("/avatar")
def upload_avatar():
    upload = request.files.get("avatar")
    if upload is None:
        abort(400)
    name = f"{uuid.uuid4().hex}.png"
    upload.save(os.path.join(AVATAR_DIR, name))  # ok: path-traversal
    return {"avatar": name}


@app.post("/login")
def login():
    user = request.forms.get("user", "")
    token = uuid.uuid4().hex
    response.set_cookie("gb_session", token, path="/")  # expect: insecure-cookie
    redirect(request.forms.get("next", "/"))  # expect: open-redirect


@app.post("/logout")
def logout():
    response.delete_cookie("gb_session", path="/")
    redirect("/")  # ok: open-redirect


if __name__ == "__main__":
    bottle.run(app, host="0.0.0.0", port=8080, debug=True, reloader=True)  # expect: debug-mode
