# corpus: path=app/users/views.py
from flask import Blueprint, g, jsonify, request

bp = Blueprint("users", __name__)
LOOKUP = "SELECT id, email FROM users WHERE username = {name}"


@bp.get("/users/find")
def find_user():
    name = request.args.get("username", "")
    sql = LOOKUP.replace("{name}", "'" + name + "'")
    cur = g.db.cursor()
    cur.execute(sql)  # expect: sql-injection
    return jsonify(cur.fetchall())
