# corpus: path=web/session_store.py
import json
import time
from pathlib import Path


class FileSessionStore:
    """Sessions kept as one JSON file per session id under a directory."""

    def __init__(self, root: Path, ttl: int = 3600):
        self.root = root
        self.ttl = ttl
        self._cache: dict[str, dict] = {}

    def _path(self, sid: str) -> Path:
        if not sid.isalnum():
            raise ValueError("bad session id")
        return self.root / f"{sid}.json"

    def load(self, sid: str) -> dict | None:
        if sid in self._cache:
            return self._cache[sid]
        path = self._path(sid)
        if not path.exists():
            return None
        with path.open() as fh:
            data = json.load(fh)
        self._cache[sid] = data
        return data

    def touch(self, sid: str) -> None:
        path = self._path(sid)
        with open(path) as fh:
            data = json.load(fh)
            data["touched_at"] = time.time()
            fh.seek(0)
            fh.write(json.dumps(data))  # expect: readonly-file-write

    def touch_v2(self, sid: str) -> None:
        path = self._path(sid)
        with open(path, "r+") as fh:
            data = json.load(fh)
            data["touched_at"] = time.time()
            fh.seek(0)
            fh.write(json.dumps(data))  # ok: readonly-file-write
            fh.truncate()

    def save(self, sid: str, data: dict) -> None:
        path = self._path(sid)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w") as fh:
            json.dump(data, fh)  # ok: readonly-file-write
        tmp.replace(path)
        self._cache[sid] = data

    def append_audit(self, sid: str, event: str) -> None:
        log_path = self.root / "audit.log"
        with log_path.open("rb") as fh:
            fh.write(f"{time.time()} {sid} {event}\n".encode())  # expect: readonly-file-write

    def append_audit_v2(self, sid: str, event: str) -> None:
        log_path = self.root / "audit.log"
        with log_path.open("ab") as fh:
            fh.write(f"{time.time()} {sid} {event}\n".encode())  # ok: readonly-file-write

    def expire(self) -> None:
        cutoff = time.time() - self.ttl
        for sid, data in self._cache.items():
            if data.get("touched_at", 0) < cutoff:
                self._cache.pop(sid)  # expect: mutate-while-iterating

    def expire_v2(self) -> None:
        cutoff = time.time() - self.ttl
        expired = [sid for sid, data in self._cache.items() if data.get("touched_at", 0) < cutoff]
        for sid in expired:
            self._cache.pop(sid, None)  # ok: mutate-while-iterating

    def forget(self, prefix: str) -> None:
        for sid in list(self._cache):
            if sid.startswith(prefix):
                del self._cache[sid]  # ok: mutate-while-iterating

    def forget_all_of(self, user_id: int) -> None:
        for sid in self._cache:
            if self._cache[sid].get("user_id") == user_id:
                del self._cache[sid]  # expect: mutate-while-iterating

    def first_of(self, user_id: int) -> str | None:
        for sid, data in self._cache.items():
            if data.get("user_id") == user_id:
                self._cache.pop(sid)  # ok: mutate-while-iterating
                return sid
        return None
