# corpus: path=notes/views.py
import sqlite3

from flask import Blueprint, g, jsonify, request, send_file

bp = Blueprint("notes", __name__)
ORDERS = {"created": "created_at", "updated": "updated_at"}


def db():
    if "db" not in g:
        g.db = sqlite3.connect("notes.db")
    return g.db


@bp.get("/notes")
def list_notes():
    owner = request.args.get("owner", "")
    order = request.args.get("order", "created")
    column = ORDERS.get(order, "created_at")
    rows = db().execute(f"SELECT id, body FROM notes WHERE owner = ? ORDER BY {column}", (owner,)).fetchall()  # ok: sql-injection
    return jsonify(rows)


@bp.get("/notes/export")
def export_notes():
    fmt = request.args.get("fmt", "json")
    rows = db().execute("SELECT id, body FROM notes").fetchall()
    if fmt != "json":
        return send_file(f"/srv/exports/notes.{fmt}")  # expect: path-traversal
    return jsonify(rows)


@bp.get("/notes/search")
def search_notes():
    term = request.args.get("q", "")
    rows = db().execute("SELECT id, body FROM notes WHERE body LIKE '%" + term + "%'").fetchall()  # expect: sql-injection
    return jsonify(rows)
