# corpus: path=notifications/tasks.py
import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone

from library.models import Loan

from .models import Notification

log = logging.getLogger(__name__)


@shared_task(bind=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def send_notification(self, notification_id: int) -> None:
    notification = Notification.objects.select_related("user").get(pk=notification_id)
    if notification.sent_at is not None:
        log.info("notification %s already sent", notification_id)
        return
    context = {"user": notification.user, "body": notification.body, "site_name": settings.SITE_NAME}
    message = EmailMultiAlternatives(
        subject=notification.subject,
        body=render_to_string("notifications/email.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.user.email],
    )
    message.attach_alternative(render_to_string("notifications/email.html", context), "text/html")
    message.send()
    notification.sent_at = timezone.now()
    notification.save(update_fields=["sent_at"])


@shared_task
def remind_overdue_loans() -> int:
    reminded = 0
    for loan in Loan.objects.overdue().select_related("book", "member"):
        last = loan.reminders.order_by("-created_at").first()
        if last and timezone.now() - last.created_at < timedelta(days=3):
            continue
        note = Notification.objects.create(
            user=loan.member,
            subject=f"'{loan.book.title}' is overdue",
            body=f"Please return '{loan.book.title}'. It was due on {loan.due_at:%d %B}.",
        )
        loan.reminders.create(notification=note)
        send_notification.delay(note.pk)
        reminded += 1
    log.info("sent %d overdue reminders", reminded)
    return reminded


@shared_task
def purge_old_notifications(days: int = 90) -> int:
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _ = Notification.objects.filter(sent_at__lt=cutoff).delete()
    return deleted
