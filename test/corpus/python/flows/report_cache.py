# corpus: path=reports/cache.py
import hashlib
import json
import os
import tempfile
import uuid

import requests
from flask import Blueprint, jsonify, request

bp = Blueprint("report_cache", __name__)
SHARE_SALT = os.environ["SHARE_SALT"]


def cache_path(report_id: int) -> str:
    return os.path.join(tempfile.gettempdir(), f"report-{report_id}.json")


def store_report(report_id: int, payload: dict) -> str:
    path = cache_path(report_id)
    with open(path, "w") as fh:  # expect: insecure-temp-file
        json.dump(payload, fh)
    return path


def store_report_private(report_id: int, payload: dict) -> str:
    directory = tempfile.mkdtemp(prefix="reports-")
    path = os.path.join(directory, f"report-{report_id}.json")
    with open(path, "w") as fh:  # ok: insecure-temp-file
        json.dump(payload, fh)
    return path


def store_report_random(payload: dict) -> str:
    path = os.path.join(tempfile.gettempdir(), f"report-{uuid.uuid4().hex}.json")
    with open(path, "x") as fh:  # ok: insecure-temp-file
        json.dump(payload, fh)
    return path


def read_cached(report_id: int) -> dict:
    with open(cache_path(report_id)) as fh:  # ok: insecure-temp-file
        return json.load(fh)


def share_token(report_id: int, api_token: str) -> str:
    return hashlib.sha1(f"{report_id}:{api_token}".encode()).hexdigest()  # expect: weak-hash


def content_etag(body: bytes) -> str:
    return hashlib.md5(body).hexdigest()  # ok: weak-hash


@bp.post("/reports/<int:report_id>/notify")
def notify(report_id: int):
    target = request.get_json(force=True).get("callback_url")
    requests.post(target, json={"report": report_id}, timeout=5)  # expect: ssrf
    requests.post("https://hooks.example-reports.com/notify", json={"report": report_id}, timeout=5)  # ok: ssrf
    return jsonify(ok=True)
