# corpus: path=backend/app/services/exports.py changeset=inventory
import csv
import os

EXPORT_ROOT = os.environ.get("EXPORT_ROOT", "/var/lib/inventory/exports")


def write_csv(item, filename):
    path = os.path.join(EXPORT_ROOT, filename)
    with open(path, "w", newline="") as fh:  # expect: path-traversal
        writer = csv.writer(fh)
        writer.writerow(["id", "name", "price"])
        writer.writerow([item["id"], item["name"], item["price"]])
    return path
