import hashlib
import logging
import os
import subprocess

import requests
import yaml
from huey import RedisHuey, crontab

from reports.db import get_conn
from reports.mail import send_mail

huey = RedisHuey("reports", url=os.environ["REDIS_URL"])
log = logging.getLogger("reports.tasks")

REPORT_ROOT = "/var/reports"


@huey.task(retries=2, retry_delay=30)
def render_report(report_id, fmt):
    out = os.path.join(REPORT_ROOT, f"{report_id}.{fmt}")
    subprocess.run(f"report-cli render {report_id} --format {fmt} --out {out}", shell=True, check=True)
    return out


@huey.task()
def import_settings(raw_yaml):
    settings = yaml.load(raw_yaml, Loader=yaml.Loader)
    with get_conn() as conn:
        conn.execute("UPDATE report_settings SET data = %s", (settings,))


@huey.task()
def ping_webhook(url, payload):
    requests.post(url, json=payload, timeout=10)


@huey.periodic_task(crontab(minute="0", hour="3"))
def nightly_cleanup():
    with get_conn() as conn:
        conn.execute("DELETE FROM report_jobs WHERE finished_at < now() - interval '30 days'")
