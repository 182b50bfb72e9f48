# corpus: path=app/projects/views.py
from flask import Blueprint, jsonify, request
from psycopg2 import sql

from ..db import get_conn

bp = Blueprint("projects", __name__)


def list_projects(sort, descending):
    direction = sql.SQL("DESC" if descending else "ASC")
    query = sql.SQL("SELECT id, name, created_at FROM projects ORDER BY {} {} LIMIT 100").format(
        sql.Identifier(sort), direction
    )
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query)  # ok: sql-injection
        return cur.fetchall()


@bp.get("/projects")
def projects():
    rows = list_projects(request.args.get("sort", "created_at"), request.args.get("dir") == "desc")
    return jsonify([{"id": r[0], "name": r[1], "created_at": r[2].isoformat()} for r in rows])
