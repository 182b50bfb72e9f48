# corpus: path=app/exports/writer.py
import csv
import tempfile


def write_export(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:  # ok: insecure-temp-file
        csv.writer(fh).writerows(rows)
    return fh.name
