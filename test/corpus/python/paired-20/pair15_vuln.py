# corpus: path=app/profile/views.py
from flask import Blueprint, request

bp = Blueprint("profile", __name__)


@bp.get("/hello")
def hello():
    nick = request.args.get("nick", "")
    page = "<h1>Welcome, {0}</h1>".format(nick, "friend")
    return page  # expect: xss
