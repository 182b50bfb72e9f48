import hashlib
import logging

import requests

log = logging.getLogger(__name__)


class BillingService:
    def __init__(self, db, http=None):
        self.db = db
        self.http = http or requests.Session()

    def find_invoices(self, customer_ref):
        cur = self.db.cursor()
        cur.execute("SELECT id, amount FROM invoices WHERE customer_ref = %s", (customer_ref,))
        return cur.fetchall()

    def notify(self, callback_url, invoice_id):
        log.info("invoice %s ready", invoice_id)

    def password_digest(self, password):
        return hashlib.sha256(password.encode()).hexdigest()
