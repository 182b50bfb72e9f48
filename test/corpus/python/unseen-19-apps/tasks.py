import json
import logging
import pickle

import redis
import yaml
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
    cache.set(f"report-obj:{report_id}", pickle.dumps(report), ex=3600)
    log.info("report %s built", report_id)


def cached_report(report_id: int):
    blob = cache.get(f"report-obj:{report_id}")
    if blob is None:
        return None
    return pickle.loads(blob)  # expect: unsafe-deserialization


def load_layout(raw: str) -> dict:
    return yaml.safe_load(raw) or {}  # ok: unsafe-deserialization


def load_legacy_layout(raw: str) -> dict:
    return yaml.load(raw, Loader=yaml.Loader)  # expect: unsafe-deserialization


@shared_task
def warm_cache(ids):
    pending = list(ids)
    for report_id in pending:
        if Report.objects.filter(pk=report_id, archived=True).exists():
            pending.remove(report_id)  # expect: mutate-while-iterating
            continue
        build_report.delay(report_id)


@shared_task
def sweep(ids):
    for report_id in list(ids):
        if not Report.objects.filter(pk=report_id).exists():
            ids.remove(report_id)  # ok: mutate-while-iterating
    return ids


def read_manifest(path: str) -> dict:
    try:
        with open(path) as fh:
            return json.load(fh)
    finally:
        log.debug("manifest read: %s", path)


def read_manifest_or_default(path: str) -> dict:
    try:
        with open(path) as fh:
            return json.load(fh)
    finally:
        return {}  # expect: finally-control-flow
