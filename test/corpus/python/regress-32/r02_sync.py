# corpus: path=app/inventory/sync.py
"""Nightly stock sync between the warehouse API and the shop database."""
import json
import logging
import os
import time

import requests

from .db import connect
from .settings import WAREHOUSE_URL, WAREHOUSE_TOKEN, STATE_DIR

log = logging.getLogger(__name__)

MANIFEST = os.path.join(STATE_DIR, "sync-manifest.json")
BATCH = 200


def fetch_levels(skus):
    resp = requests.post(
        f"{WAREHOUSE_URL}/v2/stock/levels",
        json={"skus": skus},
        headers={"Authorization": f"Bearer {WAREHOUSE_TOKEN}"},
        timeout=30,
    )
    resp.raise_for_status()
    return {item["sku"]: item["available"] for item in resp.json()["items"]}


def load_pending(conn):
    cur = conn.cursor()
    cur.execute("SELECT sku FROM products WHERE sync_state = 'pending' ORDER BY updated_at LIMIT %s", (BATCH,))
    return [r[0] for r in cur.fetchall()]


def sync_batch():
    conn = connect()
    synced = 0
    pending = load_pending(conn)
    try:
        levels = fetch_levels(pending)
        cur = conn.cursor()
        for sku in pending:
            available = levels.get(sku)
            if available is None:
                pending.remove(sku)  # expect: mutate-while-iterating
                log.warning("warehouse does not know %s", sku)
                continue
            cur.execute(
                "UPDATE products SET stock = %s, sync_state = 'done', synced_at = now() WHERE sku = %s",
                (available, sku),
            )
            synced += 1
        conn.commit()
    except requests.RequestException:
        log.exception("warehouse unreachable, %d skus left pending", len(pending))
        conn.rollback()
    finally:
        conn.close()
        return synced  # expect: finally-control-flow


def retry_failed(conn):
    cur = conn.cursor()
    cur.execute("SELECT sku FROM products WHERE sync_state = 'failed'")
    failed = [r[0] for r in cur.fetchall()]
    for sku in list(failed):
        if sku.startswith("DISC-"):
            # discontinued lines are never synced again
            failed.remove(sku)  # ok: mutate-while-iterating
            continue
        cur.execute("UPDATE products SET sync_state = 'pending' WHERE sku = %s", (sku,))
    conn.commit()
    return failed


def record_run(count):
    state = {"runs": []}
    if os.path.exists(MANIFEST):
        with open(MANIFEST) as fh:
            state = json.load(fh)
            state["runs"] = state.get("runs", [])[-50:]
            state["runs"].append({"at": int(time.time()), "synced": count})
            fh.seek(0)
            fh.write(json.dumps(state, indent=2))  # expect: readonly-file-write
            fh.truncate()
    return state


def prune_manifest(keep=20):
    if not os.path.exists(MANIFEST):
        return
    with open(MANIFEST, "r+") as fh:
        state = json.load(fh)
        state["runs"] = state.get("runs", [])[-keep:]
        state["pruned_at"] = int(time.time())
        fh.seek(0)
        fh.write(json.dumps(state, indent=2))
        fh.truncate()  # ok: readonly-file-write


def main():
    started = time.monotonic()
    count = sync_batch()
    record_run(count)
    log.info("synced %d products in %.1fs", count, time.monotonic() - started)


if __name__ == "__main__":
    main()
