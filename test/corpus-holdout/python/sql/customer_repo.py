import logging
import sqlite3
from contextlib import closing
from typing import Iterable

log = logging.getLogger(__name__)

DB_PATH = "var/customers.db"


class CustomerRepository:
    def __init__(self, path: str = DB_PATH):
        self.path = path

    def _connect(self):
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        return conn

    def find_by_email(self, email: str):
        with closing(self._connect()) as conn:
            cur = conn.cursor()
            cur.execute("SELECT * FROM customers WHERE email = ?", (email,))  # ok: sql-injection
            return cur.fetchone()

    def find_by_name(self, name: str):
        sql = "SELECT * FROM customers WHERE name LIKE '%" + name + "%'"
        with closing(self._connect()) as conn:
            return conn.execute(sql).fetchall()  # expect: sql-injection

    def delete_many(self, ids: Iterable[int]):
        ids = list(ids)
        if not ids:
            return 0
        placeholders = ",".join("?" for _ in ids)
        with closing(self._connect()) as conn:
            cur = conn.execute(f"DELETE FROM customers WHERE id IN ({placeholders})", ids)  # ok: sql-injection
            conn.commit()
            return cur.rowcount

    def rename_column_values(self, column: str, old: str, new: str):
        stmt = "UPDATE customers SET {col} = '{new}' WHERE {col} = '{old}'".format(
            col=column, new=new, old=old
        )
        with closing(self._connect()) as conn:
            conn.executescript(stmt)  # expect: sql-injection
            conn.commit()

    def count_by_region(self, region):
        with closing(self._connect()) as conn:
            cur = conn.cursor()
            cur.execute(  # expect: sql-injection
                "SELECT COUNT(*) FROM customers WHERE region = '%s'" % region
            )
            (count,) = cur.fetchone()
            log.debug("region %s has %d customers", region, count)
            return count
