# corpus: path=imports/jobs.py
"""CSV import jobs: reading, retrying, cleanup and progress files."""
import csv
import logging
import os
import time

log = logging.getLogger(__name__)


def import_rows(path: str, handler) -> int:
    count = 0
    fh = open(path, newline="", encoding="utf-8")
    try:
        for row in csv.DictReader(fh):
            handler(row)
            count += 1
    finally:
        fh.close()
        return count  # expect: finally-control-flow


def import_rows_v2(path: str, handler) -> int:
    count = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            handler(row)
            count += 1
    return count


def retry_upload(upload, attempts: int = 3) -> bool:
    for attempt in range(attempts):
        try:
            upload()
            return True
        except ConnectionError:
            log.warning("upload failed, attempt %d", attempt + 1)
            time.sleep(2 ** attempt)
        finally:
            if attempt == attempts - 1:
                break  # expect: finally-control-flow
    return False


def drain(queue) -> None:
    while True:
        item = queue.get()
        try:
            item.process()
        finally:
            queue.task_done()  # ok: finally-control-flow
        if queue.empty():
            break


def close_all(handles) -> None:
    for h in handles:
        try:
            h.close()
        finally:
            for _ in range(1):
                continue  # ok: finally-control-flow


def skip_invalid(rows: list) -> list:
    for row in rows:
        if not row.get("email"):
            rows.remove(row)  # expect: mutate-while-iterating
    return rows


def skip_invalid_v2(rows: list) -> list:
    for row in rows[:]:
        if not row.get("email"):
            rows.remove(row)  # ok: mutate-while-iterating
    return rows


def split_batches(pending: list, size: int) -> list:
    batches = []
    for item in pending:
        batches.append(item)  # ok: mutate-while-iterating
    while pending:
        batches.append(pending[:size])
        del pending[:size]  # ok: mutate-while-iterating
    return batches


def normalise_headers(headers: dict) -> dict:
    for key in headers:
        if key != key.lower():
            headers[key.lower()] = headers.pop(key)  # expect: mutate-while-iterating
    return headers


def mark_done(progress_path: str, job_id: str) -> None:
    with open(progress_path) as fh:
        done = set(fh.read().split())
    if job_id in done:
        return
    with open(progress_path, "r") as fh:
        fh.write(job_id + "\n")  # expect: readonly-file-write


def mark_done_v2(progress_path: str, job_id: str) -> None:
    with open(progress_path, "a", encoding="utf-8") as fh:
        fh.write(job_id + "\n")  # ok: readonly-file-write


def rewrite_header(path: str, header: str) -> None:
    with open(path, "r+", encoding="utf-8") as fh:
        rest = fh.read()
        fh.seek(0)
        fh.write(header + "\n" + rest)  # ok: readonly-file-write


def cleanup(paths: list[str]) -> None:
    for p in paths:
        if os.path.exists(p):
            os.remove(p)
