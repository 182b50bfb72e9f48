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
