# corpus: path=billing/tasks.py
import csv
import datetime as dt
import io
import logging
import os
import subprocess

import boto3
import requests
from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction

from .models import Invoice, Customer

log = logging.getLogger(__name__)
s3 = boto3.client("s3", region_name=settings.AWS_REGION)


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def push_invoice_to_erp(self, invoice_id: int) -> None:
    invoice = Invoice.objects.select_related("customer").get(pk=invoice_id)
    try:
        resp = requests.post(settings.ERP_URL + "/invoices", json=invoice.to_erp(), timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("erp push failed for %s: %s", invoice_id, exc)
        raise self.retry(exc=exc)
    Invoice.objects.filter(pk=invoice_id).update(erp_ref=resp.json()["id"], pushed_at=dt.datetime.now(dt.timezone.utc))


@shared_task
def export_month(year: int, month: int) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["number", "customer", "total", "issued"])
    for inv in Invoice.objects.filter(issued__year=year, issued__month=month).iterator():
        writer.writerow([inv.number, inv.customer.name, inv.total, inv.issued.isoformat()])
    key = f"exports/invoices-{year:04d}-{month:02d}.csv"
    s3.put_object(Bucket=settings.EXPORT_BUCKET, Key=key, Body=buf.getvalue().encode(), ServerSideEncryption="AES256")
    return key


@shared_task
def render_pdf(invoice_id: int) -> None:
    invoice = Invoice.objects.get(pk=invoice_id)
    html_path = os.path.join(settings.INVOICE_TMP, f"{invoice.number}.html")
    with open(html_path, "w", encoding="utf-8") as fh:
        fh.write(invoice.render_html())
    subprocess.run(["wkhtmltopdf", "--quiet", html_path, html_path[:-5] + ".pdf"], check=True, timeout=60)


@shared_task
def send_reminders() -> int:
    sent = 0
    for customer in Customer.objects.filter(invoices__paid=False).distinct():
        overdue = customer.invoices.filter(paid=False, due__lt=dt.date.today())
        if not overdue.exists():
            continue
        msg = EmailMessage("Payment reminder", f"{overdue.count()} invoices are overdue.", to=[customer.email])
        msg.send()
        sent += 1
    return sent


@shared_task
def close_period(period_id: int) -> None:
    with transaction.atomic():
        invoices = Invoice.objects.select_for_update().filter(period_id=period_id, closed=False)
        for inv in invoices:
            inv.closed = True
            inv.save(update_fields=["closed"])
    log.info("closed period %s", period_id)
