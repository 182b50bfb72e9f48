# corpus: path=reports/tasks.py
"""Background report jobs. Heavy modules are imported inside the functions that use them."""
import logging

from celery import shared_task

from reports.models import Report, ReportRun

log = logging.getLogger(__name__)


@shared_task
def render_chart(run_id: int) -> str:
    import subprocess

    run = ReportRun.objects.get(pk=run_id)
    title = run.params.get("title", "chart")
    subprocess.call("chart-render --title '%s' --out /srv/charts/%d.png" % (title, run.id), shell=True)  # expect: command-injection
    return f"/srv/charts/{run.id}.png"


@shared_task
def render_chart_safe(run_id: int) -> str:
    import subprocess

    run = ReportRun.objects.get(pk=run_id)
    title = run.params.get("title", "chart")
    subprocess.call(["chart-render", "--title", title, "--out", f"/srv/charts/{run.id}.png"])  # ok: command-injection
    return f"/srv/charts/{run.id}.png"


@shared_task
def load_snapshot(run_id: int):
    import pickle

    run = ReportRun.objects.get(pk=run_id)
    with open(run.snapshot_path, "rb") as fh:
        return pickle.load(fh)  # expect: unsafe-deserialization


@shared_task
def load_definition(report_id: int) -> dict:
    import yaml

    report = Report.objects.get(pk=report_id)
    return yaml.safe_load(report.definition)  # ok: unsafe-deserialization


def checksum(report: Report) -> str:
    from hashlib import md5

    return md5(report.definition.encode(), usedforsecurity=False).hexdigest()  # ok: weak-hash


def share_token(report: Report) -> str:
    import random
    import string

    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(24))  # expect: insecure-random


def share_token_v2(report: Report) -> str:
    import secrets

    return secrets.token_urlsafe(24)  # ok: insecure-random
