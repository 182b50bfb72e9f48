# corpus: path=portal/exports/tasks.py
import csv
import logging
import tempfile
from datetime import timedelta

import boto3
from celery import shared_task
from django.conf import settings
from django.utils import timezone

from portal.exports.models import ExportRequest
from portal.notifications.emails import send_export_ready
from portal.orders.models import Order

log = logging.getLogger(__name__)
s3 = boto3.client("s3")

EXPORT_FIELDS = ("number", "placed_at", "status", "total_cents", "currency", "customer_email")
LINK_HOURS = 24


def _cell(value):
    text = "" if value is None else str(value)
    # A cell starting with one of these is read as a formula by spreadsheet programs.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def build_order_export(self, export_id: int) -> None:
    export = ExportRequest.objects.select_related("requested_by", "organization").get(pk=export_id)
    export.status = "running"
    export.save(update_fields=["status"])

    orders = (
        Order.objects.filter(organization=export.organization, placed_at__gte=export.since)
        .order_by("placed_at")
        .values_list(*EXPORT_FIELDS)
    )
    with tempfile.NamedTemporaryFile("w+", newline="", suffix=".csv") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_FIELDS)
        rows = 0
        for row in orders.iterator(chunk_size=2000):
            writer.writerow([_cell(v) for v in row])
            rows += 1
        handle.flush()
        key = f"exports/{export.organization_id}/{export.id}-{timezone.now():%Y%m%d%H%M%S}.csv"
        try:
            s3.upload_file(handle.name, settings.EXPORTS_BUCKET, key, ExtraArgs={"ContentType": "text/csv"})
        except Exception as exc:
            log.exception("export %s upload failed", export.id)
            raise self.retry(exc=exc)

    url = s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": settings.EXPORTS_BUCKET, "Key": key, "ResponseContentDisposition": 'attachment; filename="orders.csv"'},
        ExpiresIn=LINK_HOURS * 3600,
    )
    export.status = "done"
    export.rows = rows
    export.object_key = key
    export.expires_at = timezone.now() + timedelta(hours=LINK_HOURS)
    export.save(update_fields=["status", "rows", "object_key", "expires_at"])
    send_export_ready(export.requested_by, url, LINK_HOURS)
    log.info("export %s finished with %d rows", export.id, rows)
