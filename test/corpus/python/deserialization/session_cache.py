# corpus: path=app/cache/session_cache.py
"""Caches expensive per-user computations in Redis."""
import base64
import json
import pickle
from typing import Any

import redis
from flask import Blueprint, jsonify, request

bp = Blueprint("cache", __name__)
r = redis.Redis.from_url("redis://cache:6379/2")


def cache_put(key: str, value: Any, ttl: int = 300) -> None:
    r.setex(key, ttl, json.dumps(value))


def cache_get(key: str) -> Any:
    raw = r.get(key)
    return json.loads(raw) if raw else None  # ok: unsafe-deserialization


@bp.post("/cache/restore")
def restore_state():
    blob = request.form["state"]
    state = pickle.loads(base64.b64decode(blob))  # expect: unsafe-deserialization
    return jsonify(keys=sorted(state))


@bp.get("/cache/preferences")
def preferences():
    cookie = request.cookies.get("prefs")
    if not cookie:
        return jsonify({})
    prefs = pickle.loads(base64.urlsafe_b64decode(cookie))  # expect: unsafe-deserialization
    return jsonify(prefs)
