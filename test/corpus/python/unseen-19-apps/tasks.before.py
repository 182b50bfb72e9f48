import json
import logging
import pickle

import redis
from celery import shared_task

from .models import Report
from .render import render_report

log = logging.getLogger(__name__)
cache = redis.Redis(host="cache", port=6379, db=2)


@shared_task(bind=True, max_retries=3)
def build_report(self, report_id: int) -> None:
    report = Report.objects.get(pk=report_id)
    data = render_report(report)
    cache.set(f"report:{report_id}", json.dumps(data), ex=3600)
    log.info("report %s built", report_id)


@shared_task
def warm_cache(ids):
    for report_id in ids:
        build_report.delay(report_id)
