# corpus: path=accounts/management/commands/prune_sessions.py
import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from accounts.models import LoginAttempt


class Command(BaseCommand):
    help = "Delete expired sessions and old login attempts from the given table."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30)
        parser.add_argument("--table", default="django_session")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        days = options["days"]
        if days < 1:
            raise CommandError("--days must be at least 1")
        cutoff = timezone.now() - dt.timedelta(days=days)
        table = connection.ops.quote_name(options["table"])
        with connection.cursor() as cur:
            cur.execute(f"SELECT COUNT(*) FROM {table} WHERE expire_date < %s", [cutoff])
            (count,) = cur.fetchone()
        self.stdout.write(f"{count} expired rows in {options['table']}")
        if options["dry_run"]:
            return
        with transaction.atomic():
            with connection.cursor() as cur:
                cur.execute(f"DELETE FROM {table} WHERE expire_date < %s", [cutoff])
            removed, _ = LoginAttempt.objects.filter(created__lt=cutoff).delete()
        self.stdout.write(self.style.SUCCESS(f"pruned {count} sessions and {removed} login attempts"))
