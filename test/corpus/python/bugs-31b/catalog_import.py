# corpus: path=catalog/management/commands/import_catalog.py
"""Imports the supplier catalogue export and writes a summary next to it."""
import csv
import json
import logging
from pathlib import Path

import yaml
from django.core.management.base import BaseCommand

from catalog.models import Product

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Import the supplier catalogue"

    def add_arguments(self, parser):
        parser.add_argument("export_dir", type=Path)

    def handle(self, *args, export_dir: Path, **options):
        rows = self.read_rows(export_dir / "catalog.csv")
        self.drop_discontinued(rows)
        created = self.save(rows)
        summary = {"rows": len(rows), "created": created}
        with open(export_dir / "summary.json") as fh:
            json.dump(summary, fh, indent=2)  # expect: readonly-file-write
        with open(export_dir / "summary.yaml", "w", encoding="utf-8") as fh:
            yaml.safe_dump(summary, fh)  # ok: readonly-file-write
        self.stdout.write(self.style.SUCCESS(f"imported {created} products"))  # ok: readonly-file-write

    def read_rows(self, path: Path) -> list[dict]:
        with path.open(newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    def drop_discontinued(self, rows: list[dict]) -> None:
        for row in rows:
            if row.get("status") == "discontinued":
                rows.remove(row)  # expect: mutate-while-iterating

    def drop_discontinued_v2(self, rows: list[dict]) -> None:
        rows[:] = [row for row in rows if row.get("status") != "discontinued"]

    def save(self, rows: list[dict]) -> int:
        created = 0
        for row in rows:
            _, was_created = Product.objects.update_or_create(sku=row["sku"], defaults={"name": row["name"]})
            created += was_created
        return created

    def write_rejects(self, export_dir: Path, rejects: list[dict]) -> None:
        target = export_dir / "rejects.log"
        with target.open(encoding="utf-8") as fh:
            for reject in rejects:
                print(reject["sku"], reject["reason"], file=fh)  # expect: readonly-file-write
