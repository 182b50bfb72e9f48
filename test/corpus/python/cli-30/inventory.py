# corpus: path=tools/inventory.py
"""Operator tool: look up and adjust stock in the local warehouse database."""
import sqlite3
from pathlib import Path

DB = Path.home() / ".warehouse" / "stock.db"


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB)
    conn.row_factory = sqlite3.Row
    return conn


def find(conn: sqlite3.Connection, sku: str):
    return conn.execute("SELECT sku, name, qty FROM stock WHERE sku = ?", (sku,)).fetchone()  # ok: sql-injection


def adjust(conn: sqlite3.Connection, sku: str, delta: int) -> None:
    with conn:
        conn.execute("UPDATE stock SET qty = qty + ? WHERE sku = ?", (delta, sku))


def main() -> None:
    conn = connect()
    table = input("table to count [stock]: ").strip() or "stock"
    print(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # ok: sql-injection
    sku = input("sku: ").strip()
    row = find(conn, sku)
    if row is None:
        print("no such sku")
        return
    print(f"{row['name']}: {row['qty']} in stock")
    delta = int(input("change by: "))
    adjust(conn, sku, delta)


if __name__ == "__main__":
    main()
