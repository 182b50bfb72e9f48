# corpus: path=shop/catalog/management/commands/import_products.py
import csv
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from shop.catalog.models import Category, Product

REQUIRED_COLUMNS = {"sku", "title", "category", "price"}
BATCH_SIZE = 500


class Command(BaseCommand):
    help = "Import or update products from a CSV export of the supplier catalogue."

    def add_arguments(self, parser):
        parser.add_argument("csv_path", type=Path)
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--deactivate-missing", action="store_true")

    def handle(self, *args, csv_path: Path, dry_run: bool, deactivate_missing: bool, **options):
        if not csv_path.is_file():
            raise CommandError(f"{csv_path} does not exist")
        with csv_path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
            if missing:
                raise CommandError(f"missing columns: {', '.join(sorted(missing))}")
            rows = list(reader)

        categories = {c.name: c for c in Category.objects.all()}
        seen: set[str] = set()
        created = updated = skipped = 0

        with transaction.atomic():
            for line_no, row in enumerate(rows, start=2):
                sku = row["sku"].strip().upper()
                try:
                    price = Decimal(row["price"])
                except InvalidOperation:
                    self.stderr.write(f"line {line_no}: bad price {row['price']!r}, skipped")
                    skipped += 1
                    continue
                category = categories.get(row["category"].strip())
                if category is None:
                    category = Category.objects.create(name=row["category"].strip())
                    categories[category.name] = category
                _, was_created = Product.objects.update_or_create(
                    sku=sku,
                    defaults={
                        "title": row["title"].strip(),
                        "category": category,
                        "price": price,
                        "stock": int(row.get("stock") or 0),
                        "is_active": True,
                    },
                )
                seen.add(sku)
                if was_created:
                    created += 1
                else:
                    updated += 1

            deactivated = 0
            if deactivate_missing:
                deactivated = Product.objects.exclude(sku__in=seen).filter(is_active=True).update(is_active=False)

            if dry_run:
                transaction.set_rollback(True)

        self.stdout.write(
            self.style.SUCCESS(
                f"created {created}, updated {updated}, skipped {skipped}, deactivated {deactivated}"
                + (" (dry run, rolled back)" if dry_run else "")
            )
        )
