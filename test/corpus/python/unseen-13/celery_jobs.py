# corpus: path=jobs/tasks.py
import csv
import io
import logging
import subprocess
import tempfile
from pathlib import Path

import boto3
import requests
from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage

from accounts.models import Integration
from reports.models import Export

logger = logging.getLogger(__name__)
s3 = boto3.client("s3")


@shared_task(bind=True, autoretry_for=(requests.ConnectionError,), retry_backoff=True, max_retries=4)
def sync_integration(self, integration_id: int) -> int:
    integration = Integration.objects.get(pk=integration_id)
    resp = requests.get(  # ok: ssrf
        f"{settings.PARTNER_API_BASE}/accounts/{integration.external_id}/events",
        headers={"Authorization": f"Bearer {integration.access_token}"},
        timeout=15,
    )
    resp.raise_for_status()
    events = resp.json()["events"]
    integration.last_synced_count = len(events)
    integration.save(update_fields=["last_synced_count"])
    return len(events)


@shared_task
def build_export(export_id: int) -> str:
    export = Export.objects.select_related("owner").get(pk=export_id)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "created", "amount"])
    for row in export.rows():
        writer.writerow([row.id, row.created.isoformat(), row.amount])
    key = f"exports/{export.owner_id}/{export.id}.csv"
    s3.put_object(Bucket=settings.EXPORT_BUCKET, Key=key, Body=buf.getvalue().encode())
    url = s3.generate_presigned_url("get_object", Params={"Bucket": settings.EXPORT_BUCKET, "Key": key}, ExpiresIn=3600)
    EmailMessage("Your export is ready", f"Download it here: {url}", to=[export.owner.email]).send()
    return key


@shared_task
def render_chart(spec_path: str, fmt: str = "png") -> str:
    out = Path(tempfile.mkdtemp()) / f"chart.{fmt}"
    subprocess.run(["vega-cli", spec_path, "--format", fmt, "--output", str(out)], check=True, timeout=60)  # ok: command-injection
    return str(out)


@shared_task
def compress_upload(path: str, level: int = 6) -> str:
    subprocess.check_call(f"gzip -{level} -k {path}", shell=True)  # expect: command-injection
    return f"{path}.gz"


@shared_task
def purge_stale_exports(days: int = 30) -> int:
    removed = 0
    for export in Export.objects.stale(days=days):
        s3.delete_object(Bucket=settings.EXPORT_BUCKET, Key=export.key)
        export.delete()
        removed += 1
    logger.info("purged %d exports", removed)
    return removed
