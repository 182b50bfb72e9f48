# corpus: path=catalog/management/commands/import_catalog.py
import csv
import io
import subprocess
from pathlib import Path

import requests
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from catalog.models import Product


class Command(BaseCommand):
    help = "Import the supplier catalog from a CSV export (local path or URL)."

    def add_arguments(self, parser):
        parser.add_argument("source", help="path or https URL of the supplier CSV")
        parser.add_argument("--table", default="catalog_product")
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--decompress", action="store_true")

    def handle(self, *args, **options):
        source = options["source"]
        if source.startswith(("http://", "https://")):
            resp = requests.get(source, timeout=30)  # ok: ssrf
            resp.raise_for_status()
            text = resp.text
        else:
            path = Path(source)
            if options["decompress"]:
                subprocess.run(["gunzip", "-k", str(path)], check=True)  # ok: command-injection
                path = path.with_suffix("")
            text = path.read_text(encoding="utf-8")  # ok: path-traversal

        rows = list(csv.DictReader(io.StringIO(text)))
        if not rows:
            raise CommandError("empty catalog")
        self.stdout.write(f"{len(rows)} rows read from {source}")

        if options["dry_run"]:
            return

        with transaction.atomic():
            for row in rows:
                Product.objects.update_or_create(
                    sku=row["sku"],
                    defaults={"name": row["name"], "price": row["price"], "stock": int(row.get("stock") or 0)},
                )
            with connection.cursor() as cursor:
                cursor.execute(f"ANALYZE {options['table']}")  # ok: sql-injection
        self.stdout.write(self.style.SUCCESS("catalog imported"))
