# corpus: path=web/pages.py
from html import escape

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse, PlainTextResponse
from flask import Flask, Response, request
from markupsafe import Markup, escape as ms_escape

api = FastAPI()
app = Flask(__name__)


@api.get("/search", response_class=HTMLResponse)
def search(q: str = Query("")):
    return HTMLResponse(content=f"<h2>Results for {q}</h2>")  # expect: xss


@api.get("/search-safe", response_class=HTMLResponse)
def search_safe(q: str = Query("")):
    return HTMLResponse(content=f"<h2>Results for {escape(q)}</h2>")  # ok: xss


@api.get("/echo")
def echo(q: str = Query("")):
    return PlainTextResponse(f"you said {q}")  # ok: xss


@api.get("/greet", response_class=HTMLResponse)
def greet(name: str):
    html = "<html><body><p>Welcome back, " + name + "</p></body></html>"
    return html  # expect: xss


@app.route("/profile")
def profile():
    bio = request.args.get("bio", "")
    return Response("<section class='bio'>%s</section>" % bio, mimetype="text/html")  # expect: xss


@app.route("/profile-safe")
def profile_safe():
    bio = request.args.get("bio", "")
    return Response("<section class='bio'>%s</section>" % ms_escape(bio), mimetype="text/html")  # ok: xss


@app.route("/notice")
def notice():
    msg = request.args.get("msg", "")
    return Markup("<div class='notice'>{}</div>").format(msg)  # ok: xss


@app.route("/notice-raw")
def notice_raw():
    msg = request.args.get("msg", "")
    return str(Markup(f"<div class='notice'>{msg}</div>"))  # expect: xss
