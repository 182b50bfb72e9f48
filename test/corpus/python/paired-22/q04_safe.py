# corpus: path=app/profile/views.py
from flask import Blueprint, make_response, request
from markupsafe import escape

bp = Blueprint("profile", __name__)

GREETINGS = {"morning": "Good morning", "evening": "Good evening"}


@bp.get("/hello")
def hello():
    name = request.args.get("name", "friend")
    part = request.args.get("part", "morning")
    greeting = GREETINGS.get(part, "Hello")
    body = "<h1>{}, {}!</h1>".format(greeting, escape(name))
    resp = make_response(body)  # ok: xss
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
