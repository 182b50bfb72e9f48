# corpus: path=sync/cleanup.py
"""Cleanup helpers for the sync worker."""
import json
import logging

log = logging.getLogger(__name__)


def flush(buffer: list, sink) -> int:
    sent = 0
    try:
        for item in buffer:
            sink.send(item)
            sent += 1
    except Exception:
        log.exception("flush failed")
        raise
    finally:
        buffer.clear()
        return sent  # expect: finally-control-flow


def flush_v2(buffer: list, sink) -> int:
    sent = 0
    try:
        for item in buffer:
            sink.send(item)
            sent += 1
    finally:
        buffer.clear()
    return sent


def poll(queue, stop) -> None:
    while not stop.is_set():
        try:
            msg = queue.receive(timeout=1)
        finally:
            if stop.is_set():
                continue  # expect: finally-control-flow
        msg.ack()


def drop_tombstones(records: list) -> list:
    for rec in records:
        if rec.get("deleted"):
            records.remove(rec)  # expect: mutate-while-iterating
    return records


def drop_tombstones_v2(records: list) -> list:
    return [rec for rec in records if not rec.get("deleted")]


def expire(cache: dict, now: float) -> None:
    for key, (value, expires) in cache.items():
        if expires < now:
            del cache[key]  # expect: mutate-while-iterating


def expire_v2(cache: dict, now: float) -> None:
    for key in [k for k, (_, exp) in cache.items() if exp < now]:
        del cache[key]  # ok: mutate-while-iterating


def append_checkpoint(path: str, cursor: str) -> None:
    with open(path, encoding="utf-8") as fh:
        state = json.load(fh)
        state["cursor"] = cursor
        fh.write(json.dumps(state))  # expect: readonly-file-write


def append_checkpoint_v2(path: str, cursor: str) -> None:
    with open(path, encoding="utf-8") as fh:
        state = json.load(fh)
    state["cursor"] = cursor
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(state))  # ok: readonly-file-write
