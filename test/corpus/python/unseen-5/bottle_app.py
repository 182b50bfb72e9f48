# corpus: path=legacy/app.py
import sqlite3

from bottle import Bottle, request, response, run, static_file, template

app = Bottle()
STATIC = "/srv/legacy/static"


@app.route("/hello")
def hello():
    name = request.query.get("name", "world")
    return "<h1>Hello " + name + "</h1>"  # expect: xss


@app.route("/hello-template")
def hello_template():
    name = request.query.get("name", "world")
    return template("<h1>Hello {{name}}</h1>", name=name)  # ok: xss


@app.route("/static/<path:path>")
def static(path):
    return static_file(path, root=STATIC)  # ok: path-traversal


@app.post("/notes")
def add_note():
    body = request.forms.get("body", "")
    owner = request.forms.get("owner", "")
    db = sqlite3.connect("legacy.db")
    db.execute("INSERT INTO notes (owner, body) VALUES ('%s', '%s')" % (owner, body))  # expect: sql-injection
    db.commit()
    return {"ok": True}


@app.post("/notes/safe")
def add_note_safe():
    db = sqlite3.connect("legacy.db")
    db.execute("INSERT INTO notes (owner, body) VALUES (?, ?)", (request.forms.get("owner"), request.forms.get("body")))  # ok: sql-injection
    db.commit()
    return {"ok": True}


@app.route("/login", method="POST")
def login():
    response.set_cookie("session", request.forms.get("token", ""), path="/")  # expect: insecure-cookie
    response.set_cookie("lang", request.forms.get("lang", "en"), path="/")  # ok: insecure-cookie
    return {"ok": True}


if __name__ == "__main__":
    run(app, host="0.0.0.0", port=8080, debug=True, reloader=True)  # expect: debug-mode
