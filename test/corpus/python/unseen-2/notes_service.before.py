import sqlite3

from flask import Blueprint, g, jsonify, request

bp = Blueprint("notes", __name__)


def db():
    if "db" not in g:
        g.db = sqlite3.connect("notes.db")
    return g.db


@bp.get("/notes")
def list_notes():
    owner = request.args.get("owner", "")
    order = request.args.get("order", "created")
    rows = db().execute("SELECT id, body FROM notes WHERE owner = ?", (owner,)).fetchall()
    return jsonify(rows)


@bp.get("/notes/export")
def export_notes():
    fmt = request.args.get("fmt", "json")
    rows = db().execute("SELECT id, body FROM notes").fetchall()
    return jsonify(rows)
