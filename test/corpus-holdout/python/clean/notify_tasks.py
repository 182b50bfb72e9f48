# corpus: path=notifications/tasks.py
import logging
from datetime import timedelta

from celery import shared_task
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone

from library.models import Loan
from notifications.models import NotificationLog

log = logging.getLogger(__name__)

REMINDER_DAYS = (3, 1)


@shared_task(bind=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def send_due_reminder(self, loan_id: int, days_left: int) -> None:
    loan = Loan.objects.select_related("book", "member").get(pk=loan_id)
    if loan.returned_at is not None:
        return
    if NotificationLog.objects.filter(loan=loan, kind=f"due-{days_left}").exists():
        return
    context = {"loan": loan, "days_left": days_left, "member": loan.member}
    message = EmailMultiAlternatives(
        subject=f"'{loan.book.title}' is due in {days_left} day(s)",
        body=render_to_string("notifications/due_reminder.txt", context),
        to=[loan.member.email],
    )
    message.attach_alternative(render_to_string("notifications/due_reminder.html", context), "text/html")
    message.send()
    NotificationLog.objects.create(loan=loan, kind=f"due-{days_left}")
    log.info("sent %d-day reminder for loan %s", days_left, loan.pk)


@shared_task
def schedule_due_reminders() -> int:
    now = timezone.now()
    queued = 0
    for days in REMINDER_DAYS:
        start = now + timedelta(days=days)
        loans = Loan.objects.filter(returned_at__isnull=True, due_at__date=start.date()).values_list("pk", flat=True)
        for loan_id in loans:
            send_due_reminder.delay(loan_id, days)
            queued += 1
    return queued


@shared_task
def purge_old_logs(keep_days: int = 180) -> int:
    cutoff = timezone.now() - timedelta(days=keep_days)
    deleted, _ = NotificationLog.objects.filter(created_at__lt=cutoff).delete()
    return deleted
