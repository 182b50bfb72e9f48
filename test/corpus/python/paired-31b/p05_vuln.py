# corpus: path=app/reports/export.py
import csv
import tempfile

from .models import Invoice


def export_invoices(account_id):
    path = tempfile.mktemp(suffix=".csv", prefix="invoices-")  # expect: insecure-temp-file
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        for invoice in Invoice.objects.filter(account_id=account_id):
            writer.writerow([invoice.number, invoice.total, invoice.issued_on.isoformat()])
    return path
