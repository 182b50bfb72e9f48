# corpus: path=app/reports/export.py
"""CSV exports of order data for the finance team."""
import csv
import io
import sqlite3
from datetime import date

from flask import Blueprint, Response, current_app, g, request

bp = Blueprint("reports", __name__, url_prefix="/reports")

SORTABLE = {"created": "created_at", "total": "total_cents", "customer": "customer_name"}


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _rows_to_csv(rows, columns):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row[c] for c in columns])
    return buf.getvalue()


@bp.route("/orders.csv")
def orders_csv():
    status = request.args.get("status", "paid")
    since = request.args.get("since", date.today().replace(day=1).isoformat())
    db = get_db()
    rows = db.execute(  # expect: sql-injection
        "SELECT id, customer_name, total_cents, created_at FROM orders "
        "WHERE status = '%s' AND created_at >= '%s'" % (status, since)
    ).fetchall()
    body = _rows_to_csv(rows, ["id", "customer_name", "total_cents", "created_at"])
    return Response(body, mimetype="text/csv")


@bp.route("/customers.csv")
def customers_csv():
    region = request.args.get("region")
    db = get_db()
    rows = db.execute(  # ok: sql-injection
        "SELECT id, name, email, region FROM customers WHERE region = ?", (region,)
    ).fetchall()
    return Response(_rows_to_csv(rows, ["id", "name", "email", "region"]), mimetype="text/csv")


@bp.route("/top-customers.csv")
def top_customers_csv():
    order = request.args.get("order", "total")
    column = SORTABLE.get(order, "total_cents")
    limit = min(int(request.args.get("limit", 50)), 500)
    db = get_db()
    sql = f"SELECT customer_name, SUM(total_cents) AS total_cents FROM orders GROUP BY customer_name ORDER BY {column} DESC LIMIT ?"  # ok: sql-injection
    rows = db.execute(sql, (limit,)).fetchall()  # ok: sql-injection
    return Response(_rows_to_csv(rows, ["customer_name", "total_cents"]), mimetype="text/csv")


@bp.route("/search.csv")
def search_csv():
    term = request.args["q"]
    db = get_db()
    query = "SELECT id, customer_name, total_cents FROM orders WHERE customer_name LIKE '%" + term + "%'"
    rows = db.execute(query).fetchall()  # expect: sql-injection
    return Response(_rows_to_csv(rows, ["id", "customer_name", "total_cents"]), mimetype="text/csv")
