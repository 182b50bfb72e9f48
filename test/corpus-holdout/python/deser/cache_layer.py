# corpus: path=app/cache.py
import json
import pickle
import pickle as pkl
from typing import Any

import redis
import yaml

_redis = redis.Redis.from_url("redis://cache:6379/0")


def cache_get(key: str) -> Any:
    raw = _redis.get(key)
    if raw is None:
        return None
    return pkl.loads(raw)  # expect: unsafe-deserialization


def cache_get_json(key: str) -> Any:
    raw = _redis.get(key)
    return None if raw is None else json.loads(raw)  # ok: unsafe-deserialization


def cache_set(key: str, value: Any, ttl: int = 300) -> None:
    _redis.setex(key, ttl, pickle.dumps(value))  # ok: unsafe-deserialization


def load_feature_flags(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)  # ok: unsafe-deserialization


def load_pipeline(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.Loader)  # expect: unsafe-deserialization


def load_pipeline_fast(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.CSafeLoader)  # ok: unsafe-deserialization
