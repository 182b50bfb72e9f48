# corpus: path=billing/tasks.py
import logging
import shutil
import subprocess
import tempfile
from datetime import timedelta
from pathlib import Path

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from billing.models import Invoice, Reminder
from billing.pdf import render_invoice_pdf

log = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def build_invoice_pdf(self, invoice_id: int) -> str:
    invoice = Invoice.objects.select_related("customer").get(pk=invoice_id)
    workdir = Path(tempfile.mkdtemp(prefix="invoice-"))
    try:
        html_path = workdir / "invoice.html"
        html_path.write_text(render_invoice_pdf(invoice), encoding="utf-8")
        out = workdir / f"{invoice.number}.pdf"
        subprocess.run(["wkhtmltopdf", "--quiet", str(html_path), str(out)], check=True, timeout=120)  # ok: command-injection
        dest = Path(settings.MEDIA_ROOT) / "invoices" / out.name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(out), dest)
        return str(dest)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@shared_task
def send_overdue_reminders() -> int:
    cutoff = timezone.now() - timedelta(days=14)
    overdue = Invoice.objects.filter(status="open", due_at__lt=cutoff)
    created = 0
    for invoice in overdue.iterator():
        _, was_created = Reminder.objects.get_or_create(invoice=invoice, kind="overdue")
        if was_created:
            created += 1
    log.info("queued %d overdue reminders", created)
    return created


@shared_task
def purge_old_exports(days: int = 30) -> int:
    root = Path(settings.MEDIA_ROOT) / "exports"
    cutoff = timezone.now().timestamp() - days * 86400
    removed = 0
    for path in root.glob("**/*.csv"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
