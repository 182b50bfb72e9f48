# corpus: path=app/reports/store.py
import json


def save_report(report):
    with open("/tmp/report.json", "w") as fh:  # expect: insecure-temp-file
        json.dump(report, fh)
    return "/tmp/report.json"
