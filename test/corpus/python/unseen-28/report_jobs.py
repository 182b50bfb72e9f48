# corpus: path=reports/jobs.py
import csv
import io
import logging

from redis import Redis
from rq import Queue, get_current_job
from ruamel.yaml import YAML
from simpleeval import simple_eval
from sqlalchemy import text

from reports.db import session_scope
from reports.models import ReportRun, TemplateUpload

log = logging.getLogger(__name__)
queue = Queue("reports", connection=Redis())

REPORTABLE_TABLES = {"orders", "invoices", "refunds", "customers"}


def build_report(run_id):
    job = get_current_job()
    with session_scope() as s:
        run = s.get(ReportRun, run_id)
        rows = s.execute(text(run.saved_query.sql), {"tenant": run.tenant_id}).all()
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(run.columns)
        for i, row in enumerate(rows):
            writer.writerow(row)
            if i % 500 == 0:
                job.meta["progress"] = i
                job.save_meta()
        run.output = buf.getvalue()
        run.status = "done"
    log.info("report run %s finished with %d rows", run_id, len(rows))


def load_template(upload):
    if upload.trusted_by_staff:
        return YAML(typ="safe").load(upload.content)  # ok: unsafe-deserialization
    return YAML(typ="unsafe", pure=True).load(upload.content)  # expect: unsafe-deserialization


def run_template(run_id, upload_id):
    with session_scope() as s:
        upload = s.get(TemplateUpload, upload_id)
        run = s.get(ReportRun, run_id)
        spec = load_template(upload)
        table = spec["table"]
        rows = s.execute(  # expect: sql-injection
            text(f"SELECT * FROM {table} WHERE tenant_id = :tenant"),
            {"tenant": run.tenant_id},
        ).mappings().all()
        out = []
        for row in rows:
            record = dict(row)
            for col in spec.get("computed", []):
                record[col["name"]] = eval(col["expr"], {"__builtins__": {}}, record)  # expect: code-injection
            out.append(record)
        run.output = out
        run.status = "done"


def run_safe_template(run_id, upload_id):
    with session_scope() as s:
        upload = s.get(TemplateUpload, upload_id)
        run = s.get(ReportRun, run_id)
        spec = YAML(typ="safe").load(upload.content)
        table = spec["table"]
        if table not in REPORTABLE_TABLES:
            raise ValueError(f"table {table!r} is not reportable")
        rows = s.execute(  # ok: sql-injection
            text(f"SELECT * FROM {table} WHERE tenant_id = :tenant"),
            {"tenant": run.tenant_id},
        ).mappings().all()
        out = []
        for row in rows:
            record = dict(row)
            for col in spec.get("computed", []):
                record[col["name"]] = simple_eval(col["expr"], names=record)  # ok: code-injection
            out.append(record)
        run.output = out
        run.status = "done"


def enqueue_report(run_id):
    return queue.enqueue(build_report, run_id, job_timeout=900)


def enqueue_template(run_id, upload_id, safe=True):
    job = run_safe_template if safe else run_template
    return queue.enqueue(job, run_id, upload_id, job_timeout=900)
