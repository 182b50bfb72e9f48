# corpus: path=reports/tasks.py
import hashlib
import ipaddress
import logging
import os
import secrets
import socket
import subprocess
from urllib.parse import urlparse

import requests
import yaml
from huey import RedisHuey, crontab

from reports.db import get_conn
from reports.mail import send_mail

huey = RedisHuey("reports", url=os.environ["REDIS_URL"])
log = logging.getLogger("reports.tasks")

REPORT_ROOT = "/var/reports"
REPORT_FORMATS = {"pdf", "csv", "xlsx"}


def _public_host(url):
    host = urlparse(url).hostname
    if not host:
        return False
    for info in socket.getaddrinfo(host, None):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            return False
    return True


@huey.task(retries=2, retry_delay=30)
def render_report(report_id, fmt):
    if fmt not in REPORT_FORMATS:
        raise ValueError(f"unsupported format {fmt!r}")
    out = os.path.join(REPORT_ROOT, f"{int(report_id)}.{fmt}")
    subprocess.run(["report-cli", "render", str(int(report_id)), "--format", fmt, "--out", out], check=True)  # ok: command-injection
    return out


@huey.task()
def import_settings(raw_yaml):
    settings = yaml.safe_load(raw_yaml)  # ok: unsafe-deserialization
    with get_conn() as conn:
        conn.execute("UPDATE report_settings SET data = %s", (settings,))


@huey.task()
def ping_webhook(url, payload):
    if not url.startswith("https://") or not _public_host(url):
        log.warning("refusing webhook to %s", url)
        return
    requests.post(url, json=payload, timeout=10, allow_redirects=False)  # ok: ssrf


@huey.task()
def share_report(report_id, recipient):
    token = hashlib.md5(f"{report_id}:{recipient}".encode()).hexdigest()  # expect: weak-hash
    with get_conn() as conn:
        conn.execute("INSERT INTO report_shares (report_id, token, recipient) VALUES (%s, %s, %s)", (report_id, token, recipient))
    send_mail(recipient, "A report was shared with you", f"https://reports.example.com/shared/{token}")


@huey.task()
def share_report_v2(report_id, recipient):
    token = secrets.token_urlsafe(32)
    with get_conn() as conn:
        conn.execute(
            "INSERT INTO report_shares (report_id, token_hash, recipient) VALUES (%s, %s, %s)",
            (report_id, hashlib.sha256(token.encode()).hexdigest(), recipient),
        )
    send_mail(recipient, "A report was shared with you", f"https://reports.example.com/shared/{token}")


@huey.periodic_task(crontab(minute="0", hour="3"))
def nightly_cleanup():
    with get_conn() as conn:
        conn.execute("DELETE FROM report_jobs WHERE finished_at < now() - interval '30 days'")
