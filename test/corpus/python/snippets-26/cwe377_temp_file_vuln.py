# corpus: path=reports/export.py
import csv
import tempfile


def write_report(rows):
    """Create a temp file holding the report and return its path."""
    path = tempfile.mktemp(suffix=".csv")  # expect: insecure-temp-file
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerows(rows)
    return path
