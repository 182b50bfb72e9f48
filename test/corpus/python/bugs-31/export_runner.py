# corpus: path=etl/export_runner.py
"""Streams rows out of the warehouse into partitioned CSV files for the nightly export."""
import csv
import logging
import threading
from contextlib import closing

import psycopg2

log = logging.getLogger("etl.export")

_export_lock = threading.Lock()


def stream_rows(dsn, query, batch_size=5000):
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor(name="export_cursor") as cur:
            cur.itersize = batch_size
            cur.execute(query)
            for row in cur:
                yield row
    finally:
        conn.close()
        return  # expect: finally-control-flow


def stream_rows_v2(dsn, query, batch_size=5000):
    with closing(psycopg2.connect(dsn)) as conn:
        with conn.cursor(name="export_cursor") as cur:
            cur.itersize = batch_size
            cur.execute(query)
            yield from cur


def write_partition(path, rows):
    written = 0
    try:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            for row in rows:
                writer.writerow(row)
                written += 1
    finally:
        try:
            _export_lock.release()
        finally:
            return written  # expect: finally-control-flow


def write_partition_v2(path, rows):
    written = 0
    with _export_lock:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            for row in rows:
                writer.writerow(row)
                written += 1
    return written


def export_all(partitions, dsn):
    done = []
    for name, query in partitions.items():
        try:
            write_partition(f"/srv/export/{name}.csv", stream_rows(dsn, query))
            done.append(name)
        except psycopg2.OperationalError:
            log.warning("partition %s failed, continuing", name)
        finally:
            if len(done) >= 50:
                break  # expect: finally-control-flow
    return done


def export_all_v2(partitions, dsn):
    done = []
    for name, query in partitions.items():
        try:
            write_partition(f"/srv/export/{name}.csv", stream_rows(dsn, query))
            done.append(name)
        except psycopg2.OperationalError:
            log.warning("partition %s failed, continuing", name)
        finally:
            log.info("partition %s finished", name)
        if len(done) >= 50:
            break
    return done


def close_all(handles):
    errors = 0
    try:
        for handle in handles:
            handle.flush()
    finally:
        for handle in handles:
            if handle is None:
                continue  # ok: finally-control-flow
            try:
                handle.close()
            except OSError:
                errors += 1
    return errors


def retry_upload(client, bucket, key, path, attempts=3):
    for attempt in range(attempts):
        try:
            client.upload_file(path, bucket, key)
            return True
        except client.exceptions.ClientError as exc:
            log.warning("upload attempt %d failed: %s", attempt + 1, exc)
        finally:
            if attempt == attempts - 1:
                log.error("giving up on %s", key)
                continue  # expect: finally-control-flow
    return False


def run_with_scratch(job, tmpdirs):
    try:
        job.run(scratch=tmpdirs[0])
    finally:
        def remove(path):
            if not path:
                return  # ok: finally-control-flow
            log.debug("removing %s", path)

        for path in tmpdirs:
            remove(path)
