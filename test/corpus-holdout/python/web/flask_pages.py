# corpus: path=site/pages.py
from flask import Flask, Response, make_response, redirect, render_template, render_template_string, request, url_for
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)
app.config.from_prefixed_env()

mail_env = Environment(loader=FileSystemLoader("templates/mail"), autoescape=select_autoescape(["html"]))  # ok: xss
legacy_env = Environment(loader=FileSystemLoader("templates/legacy"), autoescape=False)  # expect: xss


@app.get("/search")
def search():
    q = request.args.get("q", "")
    return render_template("search.html", q=q)  # ok: xss


@app.get("/search/legacy")
def search_legacy():
    q = request.args.get("q", "")
    return f"<p>No results for <b>{q}</b></p>"  # expect: xss


@app.get("/search/quoted")
def search_quoted():
    q = request.args.get("q", "")
    return f"<p>No results for <b>{escape(q)}</b></p>"  # ok: xss


@app.get("/card")
def card():
    title = request.args.get("title", "")
    tmpl = "<div class='card'><h2>" + title + "</h2>{{ body }}</div>"
    return render_template_string(tmpl, body="...")  # expect: template-injection


@app.get("/card/safe")
def card_safe():
    title = request.args.get("title", "")
    return render_template_string("<div class='card'><h2>{{ title }}</h2></div>", title=title)  # ok: template-injection


@app.get("/notice")
def notice():
    msg = request.args.get("msg", "")
    return Markup("<div class='notice'>%s</div>" % msg)  # expect: xss


@app.get("/go")
def go():
    dest = request.args.get("to", "")
    return redirect(dest)  # expect: open-redirect


@app.get("/go/home")
def go_home():
    return redirect(url_for("index"))  # ok: open-redirect


@app.get("/")
def index():
    resp = make_response(render_template("index.html"))
    resp.set_cookie("visited", "1", max_age=3600)
    return resp


@app.get("/download-banner")
def banner():
    return Response(render_template("banner.svg"), mimetype="image/svg+xml")
