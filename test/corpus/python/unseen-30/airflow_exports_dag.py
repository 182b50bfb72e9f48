# corpus: path=dags/customer_exports.py
import json
import logging
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.decorators import task
from airflow.models.param import Param
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

log = logging.getLogger(__name__)

EXPORT_TABLES = {"orders", "customers", "invoices"}
NOTIFY_BASE = "https://hooks.internal.example.com/exports"

default_args = {
    "owner": "data-platform",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
}


def _purge_staging(**context):
    conf = context["dag_run"].conf or {}
    table = conf.get("table", "orders")
    hook = PostgresHook(postgres_conn_id="warehouse")
    hook.run(f"DELETE FROM staging.{table} WHERE batch_date < now() - interval '7 days'")  # expect: sql-injection


def _purge_staging_checked(**context):
    conf = context["dag_run"].conf or {}
    table = conf.get("table", "orders")
    if table not in EXPORT_TABLES:
        raise ValueError(f"unknown table {table!r}")
    hook = PostgresHook(postgres_conn_id="warehouse")
    hook.run(f"DELETE FROM staging.{table} WHERE batch_date < now() - interval '7 days'")  # ok: sql-injection


def _count_rows(**context):
    conf = context["dag_run"].conf or {}
    hook = PostgresHook(postgres_conn_id="warehouse")
    rows = hook.get_records(
        "SELECT count(*) FROM exports.log WHERE customer_id = %s AND batch_date = %s",  # ok: sql-injection
        parameters=(conf.get("customer_id"), context["ds"]),
    )
    log.info("rows exported so far: %s", rows[0][0])


with DAG(
    dag_id="customer_exports",
    start_date=datetime(2024, 1, 1),
    schedule=None,
    catchup=False,
    default_args=default_args,
    params={
        "customer_id": Param("", type="string"),
        "fmt": Param("csv", enum=["csv", "parquet"]),
    },
    tags=["exports"],
) as dag:
    purge = PythonOperator(task_id="purge_staging", python_callable=_purge_staging)
    purge_checked = PythonOperator(task_id="purge_staging_checked", python_callable=_purge_staging_checked)
    count = PythonOperator(task_id="count_rows", python_callable=_count_rows)

    dump = BashOperator(  # expect: command-injection
        task_id="dump_customer",
        bash_command="pg_dump --table=exports.{{ dag_run.conf['table'] }} warehouse > /tmp/{{ dag_run.conf['customer_id'] }}.sql",
    )

    upload = BashOperator(  # ok: command-injection
        task_id="upload_dump",
        bash_command='aws s3 cp "/tmp/$CUSTOMER.sql" "s3://exports-bucket/$CUSTOMER/"',
        env={"CUSTOMER": "{{ params.customer_id }}"},
        append_env=True,
    )

    @task
    def notify(**context):
        conf = context["dag_run"].conf or {}
        callback = conf.get("callback_url")
        if callback:
            requests.post(callback, json={"run_id": context["run_id"], "status": "done"}, timeout=10)  # expect: ssrf
        requests.post(f"{NOTIFY_BASE}/{context['dag'].dag_id}", json={"run_id": context["run_id"]}, timeout=10)  # ok: ssrf

    @task
    def write_manifest(**context):
        conf = context["dag_run"].conf or {}
        name = conf.get("manifest", "manifest")
        with open(f"/opt/airflow/exports/{name}.json", "w") as fh:  # expect: path-traversal
            json.dump({"run": context["run_id"], "tables": sorted(EXPORT_TABLES)}, fh)

    purge >> purge_checked >> count >> dump >> upload >> notify() >> write_manifest()
