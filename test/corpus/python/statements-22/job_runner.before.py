import logging
import time

from .queue import JobQueue
from .registry import handlers

log = logging.getLogger(__name__)


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


def drain(queue: JobQueue, limit: int = 100) -> int:
    done = 0
    while done < limit:
        job = queue.pop()
        if job is None:
            break
        run_job(job)
        done += 1
    return done
