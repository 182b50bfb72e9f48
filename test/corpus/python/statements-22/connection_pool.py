# corpus: path=db/pool.py
import logging
import threading
import time
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class PooledConnection:
    raw: object
    created_at: float = field(default_factory=time.monotonic)
    last_used: float = field(default_factory=time.monotonic)
    broken: bool = False

    def close(self) -> None:
        try:
            self.raw.close()
        except Exception:  # noqa: BLE001 - closing a dead socket may fail; the slot is freed anyway
            log.debug("close failed", exc_info=True)


class ConnectionPool:
    def __init__(self, factory, max_size: int = 10, max_idle: float = 300.0):
        self._factory = factory
        self._max_size = max_size
        self._max_idle = max_idle
        self._idle: list[PooledConnection] = []
        self._in_use: set[PooledConnection] = set()
        self._lock = threading.Lock()

    def acquire(self) -> PooledConnection:
        with self._lock:
            while self._idle:
                conn = self._idle.pop()
                if not conn.broken:
                    self._in_use.add(conn)
                    return conn
                conn.close()
            if len(self._in_use) >= self._max_size:
                raise RuntimeError("pool exhausted")
            conn = PooledConnection(self._factory())
            self._in_use.add(conn)
            return conn

    def release(self, conn: PooledConnection) -> None:
        with self._lock:
            self._in_use.discard(conn)
            conn.last_used = time.monotonic()
            self._idle.append(conn)

    def reap_idle(self) -> int:
        """Close connections idle for longer than max_idle."""
        now = time.monotonic()
        closed = 0
        with self._lock:
            for conn in self._idle:
                if now - conn.last_used > self._max_idle:
                    conn.close()
                    self._idle.remove(conn)  # expect: mutate-while-iterating
                    closed += 1
        return closed

    def reap_idle_safely(self) -> int:
        now = time.monotonic()
        with self._lock:
            stale = [c for c in self._idle if now - c.last_used > self._max_idle]
            for conn in stale:
                conn.close()
                self._idle.remove(conn)  # ok: mutate-while-iterating
            return len(stale)

    def mark_broken(self) -> None:
        with self._lock:
            for conn in self._in_use:
                if conn.broken:
                    self._in_use.discard(conn)  # expect: mutate-while-iterating

    def drop_broken(self) -> None:
        with self._lock:
            for conn in set(self._in_use):
                if conn.broken:
                    self._in_use.discard(conn)  # ok: mutate-while-iterating

    def close_all(self) -> None:
        with self._lock:
            for conn in self._idle:
                conn.close()
            self._idle.clear()

    def run(self, fn):
        conn = self.acquire()
        try:
            return fn(conn.raw)
        except ConnectionError:
            conn.broken = True
            raise
        finally:
            self.release(conn)

    def run_quietly(self, fn, default=None):
        conn = self.acquire()
        result = default
        try:
            result = fn(conn.raw)
        finally:
            self.release(conn)
            return result  # expect: finally-control-flow
