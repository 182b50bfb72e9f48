import logging
import time

from .queue import JobQueue
from .registry import handlers

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3


def run_job(job) -> bool:
    handler = handlers[job.kind]
    started = time.monotonic()
    try:
        handler(job.payload)
        return True
    except Exception:
        log.exception("job %s failed", job.id)
        return False
    finally:
        log.info("job %s took %.2fs", job.id, time.monotonic() - started)


def run_with_retries(job) -> bool:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            handlers[job.kind](job.payload)
            return True
        except TimeoutError:
            log.warning("job %s timed out (attempt %d)", job.id, attempt)
            time.sleep(2 ** attempt)
        finally:
            job.attempts = attempt
            if job.cancelled:
                break  # expect: finally-control-flow
    return False


def run_with_retries_v2(job) -> bool:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        if job.cancelled:
            break
        try:
            handlers[job.kind](job.payload)
            return True
        except TimeoutError:
            log.warning("job %s timed out (attempt %d)", job.id, attempt)
            time.sleep(2 ** attempt)
        finally:
            job.attempts = attempt
    return False


def drain(queue: JobQueue, limit: int = 100) -> int:
    done = 0
    while done < limit:
        job = queue.pop()
        if job is None:
            break
        try:
            run_job(job)
        finally:
            done += 1
            if queue.paused:
                continue  # expect: finally-control-flow
    return done


def drain_batches(queue: JobQueue, batches: list) -> None:
    for batch in batches:
        try:
            for job in batch:
                run_job(job)
        finally:
            for job in batch:
                if job.cancelled:
                    break  # ok: finally-control-flow
                queue.ack(job)


def requeue_failed(jobs: list) -> list:
    for job in jobs:
        if job.failed and job.attempts >= MAX_ATTEMPTS:
            jobs.remove(job)  # expect: mutate-while-iterating
    return jobs


def requeue_failed_v2(jobs: list) -> list:
    for job in jobs[:]:
        if job.failed and job.attempts >= MAX_ATTEMPTS:
            jobs.remove(job)  # ok: mutate-while-iterating
    return jobs


def pending_ids(jobs: list) -> list:
    ids = []
    for job in jobs:
        if not job.done:
            ids.append(job.id)  # ok: mutate-while-iterating
    return ids


def timed(fn):
    def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            log.debug("%s took %.3fs", fn.__name__, time.monotonic() - started)
    return wrapper


def fetch_status(client, job_id):
    try:
        status = client.status(job_id)
    except ConnectionError:
        status = "unknown"
    finally:
        def describe():
            return f"job {job_id}: {status}"  # ok: finally-control-flow
        log.debug("%s", describe())
    return status
