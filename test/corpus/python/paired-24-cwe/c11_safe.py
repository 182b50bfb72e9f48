# corpus: path=app/reports/store.py
import json
import tempfile


def save_report(report):
    fd, path = tempfile.mkstemp(suffix=".json")  # ok: insecure-temp-file
    with open(fd, "w") as fh:
        json.dump(report, fh)
    return path
