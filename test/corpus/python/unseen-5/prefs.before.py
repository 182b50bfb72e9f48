from flask import Blueprint, jsonify, make_response, redirect, request, url_for

bp = Blueprint("prefs", __name__)
THEMES = {"light", "dark", "system"}


@bp.post("/prefs/theme")
def set_theme():
    theme = request.form.get("theme", "system")
    if theme not in THEMES:
        theme = "system"
    resp = make_response(redirect(url_for("prefs.index")))
    return resp


@bp.get("/prefs/continue")
def continue_to():
    nxt = request.args.get("next", "")
    return redirect(url_for("prefs.index"))
