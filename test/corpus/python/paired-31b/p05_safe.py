# corpus: path=app/reports/export.py
import csv
import tempfile

from .models import Invoice


def export_invoices(account_id):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", prefix="invoices-", newline="", delete=False) as fh:  # ok: insecure-temp-file
        writer = csv.writer(fh)
        for invoice in Invoice.objects.filter(account_id=account_id):
            writer.writerow([invoice.number, invoice.total, invoice.issued_on.isoformat()])
    return fh.name
