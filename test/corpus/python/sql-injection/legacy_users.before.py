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
    conn = connect()
    cur = conn.cursor(dictionary=True)
    cur.execute("SELECT id, email, full_name FROM users ORDER BY id LIMIT 50 OFFSET %s", ((page - 1) * 50,))
    users = cur.fetchall()
    conn.close()
    return jsonify(users)
