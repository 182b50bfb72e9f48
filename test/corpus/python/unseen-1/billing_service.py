# corpus: path=billing/service.py
import hashlib
import logging

import requests

log = logging.getLogger(__name__)


class BillingService:
    def __init__(self, db, http=None):
        self.db = db
        self.http = http or requests.Session()

    def find_invoices(self, customer_ref, order_by="id"):
        cur = self.db.cursor()
        cur.execute("SELECT id, amount FROM invoices WHERE customer_ref = '%s' ORDER BY %s" % (customer_ref, order_by))  # expect: sql-injection
        return cur.fetchall()

    def notify(self, callback_url, invoice_id):
        log.info("invoice %s ready", invoice_id)
        self.http.post(callback_url, json={"invoice": invoice_id}, timeout=5)  # expect: ssrf

    def password_digest(self, password):
        return hashlib.md5(password.encode()).hexdigest()  # expect: weak-hash
