# corpus: path=worker/queue.py
import base64
import json
import logging
import pickle

import redis

log = logging.getLogger(__name__)
r = redis.Redis.from_url("redis://queue:6379/1")
QUEUE = "jobs"


def enqueue(name: str, payload: dict) -> None:
    r.rpush(QUEUE, json.dumps({"name": name, "payload": payload}))


def enqueue_object(name: str, obj) -> None:
    r.rpush(QUEUE, json.dumps({"name": name, "blob": base64.b64encode(pickle.dumps(obj)).decode()}))


def next_job(timeout: int = 5):
    item = r.blpop(QUEUE, timeout=timeout)
    if item is None:
        return None
    job = json.loads(item[1])  # ok: unsafe-deserialization
    if "blob" in job:
        job["payload"] = pickle.loads(base64.b64decode(job["blob"]))  # expect: unsafe-deserialization
    log.debug("dequeued %s", job["name"])
    return job
