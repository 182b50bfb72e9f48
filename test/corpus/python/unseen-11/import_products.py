# corpus: path=catalog/management/commands/import_products.py
import csv
import logging
import shutil
import subprocess
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from catalog.models import Category, Product

log = logging.getLogger(__name__)

REQUIRED = {"sku", "title", "price", "category"}


class Command(BaseCommand):
    help = "Import products from a CSV export of the supplier catalogue"

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--archive-dir", type=Path, default=Path("/var/lib/shop/imports"))

    def handle(self, *args, path: Path, dry_run: bool, archive_dir: Path, **options):
        if not path.is_file():
            raise CommandError(f"{path} does not exist")
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = REQUIRED - set(reader.fieldnames or [])
            if missing:
                raise CommandError(f"missing columns: {', '.join(sorted(missing))}")
            rows = list(reader)
        created, updated, skipped = self.import_rows(rows, dry_run)
        self.stdout.write(self.style.SUCCESS(f"{created} created, {updated} updated, {skipped} skipped"))
        if not dry_run:
            archive_dir.mkdir(parents=True, exist_ok=True)
            shutil.move(str(path), archive_dir / path.name)
            self.compress(archive_dir / path.name)

    @transaction.atomic
    def import_rows(self, rows, dry_run):
        created = updated = skipped = 0
        categories = {c.name: c for c in Category.objects.all()}
        for line, row in enumerate(rows, start=2):
            try:
                price = Decimal(row["price"].replace(",", "."))
            except InvalidOperation:
                log.warning("line %d: bad price %r", line, row["price"])
                skipped += 1
                continue
            category = categories.get(row["category"])
            if category is None:
                category = categories[row["category"]] = Category.objects.create(name=row["category"])
            _, was_created = Product.objects.update_or_create(
                sku=row["sku"].strip().upper(),
                defaults={"title": row["title"][:200], "price": price, "category": category},
            )
            created += was_created
            updated += not was_created
        if dry_run:
            transaction.set_rollback(True)
        return created, updated, skipped

    def compress(self, path: Path) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            staged = Path(tmp) / path.name
            shutil.copy2(path, staged)
            subprocess.run(["gzip", "-9", str(staged)], check=True)
            shutil.move(str(staged) + ".gz", str(path) + ".gz")
        path.unlink()
