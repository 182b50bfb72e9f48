# corpus: path=worker/scheduler.py
"""Hands out job leases to workers and reclaims the ones whose heartbeat stopped."""
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

LEASE_SECONDS = 90


@dataclass
class Lease:
    job_id: str
    worker: str
    expires_at: float
    attempts: int = 0
    tags: set = field(default_factory=set)


class LeaseScheduler:
    def __init__(self, store):
        self.store = store
        self.pending: list[str] = []
        self.leases: dict[str, Lease] = {}
        self.workers: set[str] = set()
        self.recent = OrderedDict()

    def assign(self, worker: str) -> Lease | None:
        for job_id in self.pending:
            if self.store.is_cancelled(job_id):
                self.pending.remove(job_id)  # expect: mutate-while-iterating
                continue
            lease = Lease(job_id, worker, time.monotonic() + LEASE_SECONDS)
            self.leases[job_id] = lease
            self.pending.remove(job_id)  # ok: mutate-while-iterating
            return lease
        return None

    def reap_expired(self) -> int:
        now = time.monotonic()
        reaped = 0
        for job_id in self.leases:
            if self.leases[job_id].expires_at < now:
                del self.leases[job_id]  # expect: mutate-while-iterating
                self.pending.append(job_id)
                reaped += 1
        return reaped

    def reap_expired_safely(self) -> int:
        now = time.monotonic()
        expired = [job_id for job_id, lease in self.leases.items() if lease.expires_at < now]
        for job_id in expired:
            del self.leases[job_id]  # ok: mutate-while-iterating
            self.pending.append(job_id)
        return len(expired)

    def drop_worker(self, worker: str) -> None:
        leases = self.leases
        for job_id, lease in leases.items():
            if lease.worker == worker:
                self.leases.pop(job_id)  # expect: mutate-while-iterating
                self.pending.insert(0, job_id)

    def drop_worker_copy(self, worker: str) -> None:
        for job_id, lease in list(self.leases.items()):
            if lease.worker == worker:
                self.leases.pop(job_id)  # ok: mutate-while-iterating
                self.pending.insert(0, job_id)

    def forget_idle_workers(self, idle: set[str]) -> None:
        for worker in self.workers:
            if worker in idle:
                self.workers.discard(worker)  # expect: mutate-while-iterating
                log.info("worker %s went idle", worker)

    def forget_idle_workers_v2(self, idle: set[str]) -> None:
        for worker in sorted(self.workers):
            if worker in idle:
                self.workers.discard(worker)  # ok: mutate-while-iterating
        self.workers -= idle

    def trim_recent(self, keep: int) -> None:
        for job_id in self.recent.copy():
            if len(self.recent) <= keep:
                break
            self.recent.pop(job_id)  # ok: mutate-while-iterating
