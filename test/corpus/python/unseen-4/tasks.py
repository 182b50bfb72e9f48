# corpus: path=worker/tasks.py
import os
import pickle
import subprocess
import tarfile

import redis
import yaml
from celery import Celery

celery = Celery("worker", broker=os.environ["BROKER_URL"])
cache = redis.Redis.from_url(os.environ["REDIS_URL"])
EXPORT_ROOT = "/srv/exports"


@celery.task
def render_report(report_id: int, template_path: str) -> str:
    out = os.path.join(EXPORT_ROOT, f"{report_id}.pdf")
    subprocess.run(["wkhtmltopdf", template_path, out], check=True)  # ok: command-injection
    return out


@celery.task
def restore_snapshot(key: str) -> dict:
    blob = cache.get(key)
    return pickle.loads(blob)  # expect: unsafe-deserialization


@celery.task
def load_rules(path: str) -> dict:
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.Loader)  # expect: unsafe-deserialization


@celery.task
def load_rules_safe(path: str) -> dict:
    with open(path) as fh:
        return yaml.safe_load(fh)  # ok: unsafe-deserialization


@celery.task
def unpack(archive_path: str, dest: str) -> None:
    with tarfile.open(archive_path) as tf:
        tf.extractall(dest, filter="data")  # ok: path-traversal
