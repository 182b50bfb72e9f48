# corpus: path=worker/tasks.py
import json
import os
import random
import string
import tempfile
import time

import requests
from celery import shared_task

from .mail import send_mail
from .models import PasswordReset, Report, User

API_BASE = os.environ.get("REPORTS_API", "https://reports.internal.example.com")


def _backoff(attempt: int) -> float:
    return min(30.0, (2 ** attempt) + random.random())  # ok: insecure-random


@shared_task(bind=True, max_retries=5)
def push_report(self, report_id: int) -> None:
    report = Report.objects.get(pk=report_id)
    try:
        resp = requests.post(f"{API_BASE}/reports", json=report.as_dict(), timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc, countdown=_backoff(self.request.retries))
    report.remote_id = resp.json()["id"]
    report.save(update_fields=["remote_id"])


@shared_task
def send_reset_code(user_id: int) -> None:
    user = User.objects.get(pk=user_id)
    code = "".join(random.choice(string.digits) for _ in range(6))  # expect: insecure-random
    PasswordReset.objects.create(user=user, code=code)
    send_mail(user.email, "Your reset code", f"Your code is {code}")


@shared_task
def sample_users_for_survey(n: int = 50) -> list[int]:
    ids = list(User.objects.filter(is_active=True).values_list("id", flat=True))
    return random.sample(ids, min(n, len(ids)))  # ok: insecure-random


@shared_task
def export_legacy(report_id: int) -> str:
    report = Report.objects.get(pk=report_id)
    path = tempfile.mktemp(suffix=".json")  # expect: insecure-temp-file
    with open(path, "w") as fh:
        json.dump(report.as_dict(), fh)
    return path


@shared_task
def export_current(report_id: int) -> str:
    report = Report.objects.get(pk=report_id)
    fd, path = tempfile.mkstemp(suffix=".json")  # ok: insecure-temp-file
    with os.fdopen(fd, "w") as fh:
        json.dump(report.as_dict(), fh)
    return path


@shared_task
def sync_partner_feed(feed_url: str) -> int:
    resp = requests.get(feed_url, timeout=30, verify=False)  # expect: tls-verify-disabled
    items = resp.json().get("items", [])
    for item in items:
        Report.objects.update_or_create(remote_id=item["id"], defaults={"title": item["title"]})
    return len(items)


@shared_task
def heartbeat() -> float:
    started = time.monotonic()
    requests.get(f"{API_BASE}/health", timeout=3)
    return time.monotonic() - started
