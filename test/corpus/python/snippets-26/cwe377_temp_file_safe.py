# corpus: path=reports/export.py
import csv
import tempfile


def write_report(rows):
    """Create a temp file holding the report and return its path."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:  # ok: insecure-temp-file
        writer = csv.writer(fh)
        writer.writerows(rows)
        return fh.name
