# corpus: path=ledger/flags.py
"""Feature flags: defaults in code, overrides from the environment and per organisation."""
from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from typing import Mapping

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Flag:
    key: str
    description: str
    default: bool = False
    rollout_percent: int = 0


FLAGS: Mapping[str, Flag] = {
    f.key: f
    for f in (
        Flag("new-invoice-editor", "Block-based invoice editor", rollout_percent=25),
        Flag("bank-sync-v2", "Open-banking sync through the new aggregator"),
        Flag("receipt-ocr", "Read totals from uploaded receipts", default=True),
        Flag("sso-enforcement", "Let admins require SSO for every member"),
        Flag("debug-toolbar", "Show the SQL panel to staff users"),
        Flag("password-login", "Allow email + password sign-in next to SSO", default=True),
        Flag("legacy-token-auth", "Accept v1 API tokens until the 2025-01 sunset", default=True),
    )
}

ENV_OVERRIDES = "LEDGER_FLAGS"


def _env_overrides() -> dict[str, bool]:
    raw = os.environ.get(ENV_OVERRIDES, "")
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("ignoring %s: not valid JSON", ENV_OVERRIDES)
        return {}
    return {k: bool(v) for k, v in data.items() if k in FLAGS}


def _bucket(flag_key: str, subject_id: str) -> int:
    digest = hashlib.sha1(f"{flag_key}:{subject_id}".encode()).digest()  # ok: weak-hash
    return int.from_bytes(digest[:4], "big") % 100


def is_enabled(key: str, *, org_id: str | None = None, org_overrides: Mapping[str, bool] | None = None) -> bool:
    flag = FLAGS.get(key)
    if flag is None:
        log.warning("unknown feature flag %s", key)
        return False
    env = _env_overrides()
    if key in env:
        return env[key]
    if org_overrides and key in org_overrides:
        return org_overrides[key]
    if flag.rollout_percent and org_id:
        return _bucket(flag.key, org_id) < flag.rollout_percent
    return flag.default


def snapshot(org_id: str | None = None, org_overrides: Mapping[str, bool] | None = None) -> dict[str, bool]:
    values = {key: is_enabled(key, org_id=org_id, org_overrides=org_overrides) for key in FLAGS}
    log.debug("flags for org %s: %s", org_id, values)
    return values


def describe() -> list[dict]:
    return [
        {"key": f.key, "description": f.description, "default": f.default, "rollout": f.rollout_percent}
        for f in FLAGS.values()
    ]
