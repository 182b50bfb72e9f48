# corpus: path=ops/tasks.py
import logging
import os
import subprocess
import tempfile

import boto3
import paramiko
import yaml
from celery import shared_task
from fabric import Connection

log = logging.getLogger(__name__)

s3 = boto3.client("s3")
BACKUP_BUCKET = os.environ.get("BACKUP_BUCKET", "acme-backups")


@shared_task
def sync_static(src, dest):
    subprocess.run(["rsync", "-a", "--delete", src, dest], check=True)


@shared_task
def upload_backup(path):
    key = os.path.basename(path)
    s3.upload_file(path, BACKUP_BUCKET, f"db/{key}")
    log.info("uploaded %s", key)


@shared_task
def archive_site(host, site_name):
    with Connection(host, user="deploy") as conn:
        conn.run(f"tar czf /backups/{site_name}.tgz /srv/sites/{site_name}")  # expect: command-injection
        conn.get(f"/backups/{site_name}.tgz", local=f"/var/backups/{os.path.basename(site_name)}.tgz")


@shared_task
def restart_service(host, service):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())  # expect: tls-verify-disabled
    client.connect(host, username="deploy", key_filename="/etc/ops/deploy_key")
    try:
        client.exec_command(f"sudo systemctl restart {service}")  # expect: command-injection
    finally:
        client.close()


@shared_task
def restart_known_service(host):
    client = paramiko.SSHClient()
    client.load_host_keys("/etc/ops/known_hosts")
    client.set_missing_host_key_policy(paramiko.RejectPolicy())  # ok: tls-verify-disabled
    client.connect(host, username="deploy", key_filename="/etc/ops/deploy_key")
    try:
        client.exec_command("sudo systemctl restart nginx")  # ok: command-injection
    finally:
        client.close()


@shared_task
def apply_tenant_config(bucket, key):
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    config = yaml.load(body, Loader=yaml.Loader)  # expect: unsafe-deserialization
    log.info("applying config with %d sections", len(config))
    return sorted(config)


@shared_task
def restore_snapshot(key):
    fd, local = tempfile.mkstemp(suffix=".sql.gz")  # ok: insecure-temp-file
    os.close(fd)
    s3.download_file(BACKUP_BUCKET, key, local)
    subprocess.run(["pg_restore", "--clean", "--dbname", os.environ["DATABASE_URL"], local], check=True)  # ok: command-injection
    os.remove(local)
