# corpus: path=accounts/prefs.py
from flask import Blueprint, jsonify, make_response, redirect, request, url_for

bp = Blueprint("prefs", __name__)
THEMES = {"light", "dark", "system"}


@bp.post("/prefs/theme")
def set_theme():
    theme = request.form.get("theme", "system")
    if theme not in THEMES:
        theme = "system"
    resp = make_response(redirect(url_for("prefs.index")))
    resp.set_cookie("theme", theme, max_age=31536000)  # ok: insecure-cookie
    return resp


@bp.get("/prefs/continue")
def continue_to():
    nxt = request.args.get("next", "")
    if nxt.startswith("/") and not nxt.startswith("//"):
        return redirect(nxt)  # ok: open-redirect
    return redirect(nxt or url_for("prefs.index"))  # expect: open-redirect
