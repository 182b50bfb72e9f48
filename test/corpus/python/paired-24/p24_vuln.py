# corpus: path=app/exports/writer.py
import csv
import tempfile


def write_export(rows):
    path = tempfile.mktemp(suffix=".csv")  # expect: insecure-temp-file
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path
