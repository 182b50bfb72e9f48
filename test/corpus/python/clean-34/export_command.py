# corpus: path=reports/management/commands/export_orders.py
import csv
import gzip
import io
from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Sum

from shop.models import Order

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class Command(BaseCommand):
    help = "Write the previous day's orders to the exports bucket as gzipped CSV."

    def add_arguments(self, parser):
        parser.add_argument("--day", help="YYYY-MM-DD, defaults to yesterday")

    def handle(self, *args, **options):
        try:
            day = date.fromisoformat(options["day"]) if options["day"] else date.today() - timedelta(days=1)
        except ValueError as exc:
            raise CommandError(f"--day must look like 2024-05-31: {exc}") from exc

        orders = (
            Order.objects.filter(created_at__date=day)
            .select_related("customer")
            .annotate(items_total=Sum("lines__total_cents"))
            .order_by("pk")
        )
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["order", "customer_email", "status", "total_cents", "created_at"])
        for order in orders.iterator(chunk_size=2000):
            writer.writerow([order.pk, cell(order.customer.email), order.status, order.items_total or 0, order.created_at.isoformat()])

        name = f"orders/{day.isoformat()}.csv.gz"
        storages["exports"].save(name, ContentFile(gzip.compress(buffer.getvalue().encode("utf-8"))))
        self.stdout.write(self.style.SUCCESS(f"wrote {name}"))
