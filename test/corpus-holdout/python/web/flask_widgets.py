# corpus: path=widgets/app.py
"""Embeddable widgets: badges, comment previews and share links."""
import html
import os

from flask import Flask, Response, jsonify, make_response, redirect, request
from flask_cors import CORS
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["WIDGETS_SECRET_KEY"]  # ok: hardcoded-secret
CORS(app, origins=["https://app.example.com"], supports_credentials=True)  # ok: permissive-cors

templates = Environment(loader=FileSystemLoader("widgets/templates"))  # expect: xss
emails = Environment(loader=FileSystemLoader("widgets/emails"), autoescape=select_autoescape())  # ok: xss


@app.get("/badge")
def badge():
    label = request.args.get("label", "build")
    status = request.args.get("status", "passing")
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><text>{label}: {status}</text></svg>'
    return Response(svg, mimetype="image/svg+xml")  # expect: xss


@app.get("/badge-safe")
def badge_safe():
    label = html.escape(request.args.get("label", "build"))
    status = html.escape(request.args.get("status", "passing"))
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><text>{label}: {status}</text></svg>'
    return Response(svg, mimetype="image/svg+xml")  # ok: xss


@app.post("/comments/preview")
def comment_preview():
    text = request.form["text"]
    resp = make_response("<div class='comment'>" + text + "</div>")  # expect: xss
    resp.headers["Content-Type"] = "text/html"
    return resp


@app.get("/share")
def share():
    url = request.args.get("url", "/")
    resp = redirect(url, code=302)  # expect: open-redirect
    resp.set_cookie("shared_from", request.args.get("ref", ""), max_age=3600)  # expect: insecure-cookie
    return resp


@app.get("/theme")
def theme():
    resp = jsonify({"ok": True})
    resp.set_cookie("theme", request.args.get("t", "light"), secure=True, httponly=True, samesite="Lax")  # ok: insecure-cookie
    return resp


@app.get("/echo")
def echo():
    return jsonify({"q": request.args.get("q", "")})  # ok: xss
