# corpus: path=dags/operators/partner_sync.py
"""Airflow operator that pulls partner files over SFTP and loads them into the warehouse."""
from __future__ import annotations

import os
import subprocess
import tempfile

from airflow.models import BaseOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook
from airflow.providers.ssh.hooks.ssh import SSHHook
from jinja2 import Template

STAGING_SCHEMA = "staging"


class PartnerSyncOperator(BaseOperator):
    template_fields = ("partner", "remote_dir", "load_date")

    def __init__(self, *, partner: str, remote_dir: str, load_date: str, ssh_conn_id: str = "partner_sftp", **kwargs):
        super().__init__(**kwargs)
        self.partner = partner
        self.remote_dir = remote_dir
        self.load_date = load_date
        self.ssh_conn_id = ssh_conn_id

    def execute(self, context):
        conf = context["dag_run"].conf or {}
        pattern = conf.get("pattern", "*.csv")
        table = conf.get("table", f"{self.partner}_orders")
        ssh = SSHHook(ssh_conn_id=self.ssh_conn_id)
        with ssh.get_conn() as client:
            _, stdout, _ = client.exec_command(f"ls {self.remote_dir}/{pattern}")  # expect: command-injection
            files = stdout.read().decode().split()
            sftp = client.open_sftp()
            local_dir = tempfile.mkdtemp(prefix=f"{self.partner}-")
            for remote in files:
                sftp.get(remote, os.path.join(local_dir, os.path.basename(remote)))  # ok: path-traversal

        pg = PostgresHook(postgres_conn_id="warehouse")
        pg.run(f"TRUNCATE {STAGING_SCHEMA}.{table}")  # expect: sql-injection
        pg.run(f"DELETE FROM {STAGING_SCHEMA}.load_log WHERE load_date = %s", parameters=(self.load_date,))  # ok: sql-injection
        for name in sorted(os.listdir(local_dir)):
            subprocess.run(  # ok: command-injection
                ["psql", "--no-psqlrc", "-c", f"\\copy {STAGING_SCHEMA}.{self.partner}_orders FROM '{os.path.join(local_dir, name)}' CSV HEADER"],
                check=True,
            )
        summary = Template(conf.get("summary_template", "Loaded {{ n }} files")).render(n=len(files))  # expect: template-injection
        self.log.info(summary)
        return len(files)
