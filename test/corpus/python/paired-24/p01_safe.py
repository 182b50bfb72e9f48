# corpus: path=app/orders/queries.py
import sqlite3


def find_orders(db_path, customer, status):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    query = "SELECT id, total FROM orders WHERE customer = ? AND status = ?"
    cur.execute(query, (customer, status))  # ok: sql-injection
    rows = cur.fetchall()
    conn.close()
    return rows
