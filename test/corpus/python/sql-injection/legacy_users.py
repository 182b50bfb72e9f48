# corpus: path=crm/app.py
import mysql.connector
from flask import Flask, jsonify, request

app = Flask(__name__)


def connect():
    return mysql.connector.connect(
        host=app.config["DB_HOST"],
        user=app.config["DB_USER"],
        password=app.config["DB_PASSWORD"],
        database="crm",
    )


@app.route("/api/users/<int:user_id>")
def get_user(user_id):
    conn = connect()
    cur = conn.cursor(dictionary=True)
    cur.execute("SELECT id, email, full_name FROM users WHERE id = %s", (user_id,))
    user = cur.fetchone()
    conn.close()
    if not user:
        return jsonify(error="not found"), 404
    return jsonify(user)


@app.route("/api/users")
def list_users():
    page = int(request.args.get("page", 1))
    email = request.args.get("email")
    conn = connect()
    cur = conn.cursor(dictionary=True)
    if email:
        clause = "WHERE email = '{}'".format(email)
    else:
        clause = ""
    cur.execute("SELECT id, email, full_name FROM users " + clause + " ORDER BY id LIMIT 50 OFFSET %s", ((page - 1) * 50,))  # expect: sql-injection
    users = cur.fetchall()
    conn.close()
    return jsonify(users)


@app.route("/api/users/<int:user_id>/notes", methods=["POST"])
def add_note(user_id):
    note = request.get_json()["note"]
    conn = connect()
    cur = conn.cursor()
    cur.execute("INSERT INTO notes (user_id, body) VALUES (%s, %s)", (user_id, note))  # ok: sql-injection
    conn.commit()
    conn.close()
    return jsonify(ok=True), 201


@app.route("/api/users/bulk-deactivate", methods=["POST"])
def bulk_deactivate():
    ids = request.get_json().get("ids", [])
    conn = connect()
    cur = conn.cursor()
    id_list = ",".join(str(i) for i in ids)
    cur.execute(f"UPDATE users SET active = 0 WHERE id IN ({id_list})")  # expect: sql-injection
    conn.commit()
    conn.close()
    return jsonify(updated=cur.rowcount)


@app.route("/api/users/bulk-activate", methods=["POST"])
def bulk_activate():
    ids = [int(i) for i in request.get_json().get("ids", [])]
    conn = connect()
    cur = conn.cursor()
    placeholders = ", ".join(["%s"] * len(ids))
    cur.execute(f"UPDATE users SET active = 1 WHERE id IN ({placeholders})", ids)  # ok: sql-injection
    conn.commit()
    conn.close()
    return jsonify(updated=cur.rowcount)
