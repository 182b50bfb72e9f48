# corpus: path=worker/batch_jobs.py
import logging
from contextlib import suppress

from .queue import Job, JobQueue

log = logging.getLogger(__name__)


def run_job(job: Job) -> bool:
    try:
        job.execute()
        return True
    finally:
        job.release_lock()
        return False  # expect: finally-control-flow


def run_all(queue: JobQueue) -> int:
    done = 0
    for job in queue.pending():
        try:
            job.execute()
            done += 1
        finally:
            if job.cancelled:
                break  # expect: finally-control-flow
    return done


def run_with_cleanup(job: Job) -> bool:
    try:
        job.execute()
    except TimeoutError:
        log.warning("job %s timed out", job.id)
        return False
    finally:
        job.release_lock()  # ok: finally-control-flow
    return True


def drain(queue: JobQueue) -> None:
    while queue:
        job = queue.pop()
        try:
            job.execute()
        finally:
            for hook in job.after_hooks:
                if hook is None:
                    continue  # ok: finally-control-flow
                with suppress(Exception):
                    hook(job)


def retry_forever(job: Job) -> None:
    while True:
        try:
            job.execute()
        finally:
            continue  # expect: finally-control-flow
