# corpus: path=app/tickets/views.py
import re

from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("tickets", __name__)


@bp.get("/tickets")
def tickets():
    ref = request.args.get("ref", "")
    if not re.fullmatch(r"[A-Z]{3}-\d+", ref):
        abort(400)
    cur = g.db.cursor()
    cur.execute(f"SELECT id, title FROM tickets WHERE ref = '{ref}'")  # ok: sql-injection
    return jsonify(cur.fetchall())
