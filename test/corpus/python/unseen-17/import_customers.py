# corpus: path=crm/management/commands/import_customers.py
import csv
import logging
import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from crm.models import Customer

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Import customers from a CSV export of the legacy CRM."

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--table", default="crm_customer")
        parser.add_argument("--dry-run", action="store_true")
        parser.add_argument("--vacuum", action="store_true")

    def handle(self, *args, path: Path, table: str, dry_run: bool, vacuum: bool, **options):
        if not path.is_file():
            raise CommandError(f"{path} does not exist")
        created = updated = 0
        with path.open(newline="", encoding="utf-8") as fh, transaction.atomic():
            for row in csv.DictReader(fh):
                email = row["email"].strip().lower()
                if not email:
                    continue
                _, was_created = Customer.objects.update_or_create(
                    email=email,
                    defaults={"name": row.get("name", "").strip(), "phone": row.get("phone", "").strip()},
                )
                created += was_created
                updated += not was_created
            if dry_run:
                transaction.set_rollback(True)
        self.stdout.write(self.style.SUCCESS(f"created={created} updated={updated} dry_run={dry_run}"))
        if vacuum and not dry_run:
            with connection.cursor() as cur:
                cur.execute(f"VACUUM ANALYZE {connection.ops.quote_name(table)}")  # ok: sql-injection
        subprocess.run(["psql", "-c", "SELECT 1"], check=False)  # ok: command-injection
