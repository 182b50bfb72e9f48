import csv
import io
import logging

from redis import Redis
from rq import Queue, get_current_job
from sqlalchemy import text

from reports.db import session_scope
from reports.models import ReportRun

log = logging.getLogger(__name__)
queue = Queue("reports", connection=Redis())


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


def enqueue_report(run_id):
    return queue.enqueue(build_report, run_id, job_timeout=900)
