# corpus: path=billing/services/invoices.py changeset=billing
"""Invoice queries and exports."""
import os
import sqlite3

from flask import current_app

EXPORT_DIR = "/var/lib/billing/exports"


class InvoiceService:
    def __init__(self, db_path=None):
        self.db_path = db_path or os.environ.get("BILLING_DB", "/var/lib/billing/billing.db")

    def _connect(self):
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def search(self, term):
        with self._connect() as conn:
            sql = "SELECT id, number, customer, total FROM invoices WHERE customer LIKE '%" + term + "%' ORDER BY issued_at DESC"
            return conn.execute(sql).fetchall()  # expect: sql-injection

    def get(self, invoice_id):
        with self._connect() as conn:
            return conn.execute(  # ok: sql-injection
                "SELECT id, number, customer, total FROM invoices WHERE id = ?", (invoice_id,)
            ).fetchone()

    def export_path(self, name):
        current_app.logger.info("exporting %s", name)
        return os.path.join(EXPORT_DIR, name)

    def safe_export_path(self, name):
        path = os.path.realpath(os.path.join(EXPORT_DIR, name))
        if not path.startswith(EXPORT_DIR + os.sep):
            raise ValueError("export outside the export directory")
        return path
