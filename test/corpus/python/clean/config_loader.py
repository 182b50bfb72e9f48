# corpus: path=worker/config.py
"""Worker configuration from a YAML file plus environment overrides."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class QueueConfig:
    name: str
    concurrency: int = 4
    visibility_timeout_s: int = 300


@dataclass
class WorkerConfig:
    broker_url: str
    queues: list[QueueConfig] = field(default_factory=list)
    metrics_port: int = 9100
    log_level: str = "INFO"


def load(path: str | Path) -> WorkerConfig:
    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    queues = [QueueConfig(**q) for q in raw.get("queues", [])]
    cfg = WorkerConfig(
        broker_url=os.environ.get("BROKER_URL", raw.get("broker_url", "")),
        queues=queues,
        metrics_port=int(os.environ.get("METRICS_PORT", raw.get("metrics_port", 9100))),
        log_level=os.environ.get("LOG_LEVEL", raw.get("log_level", "INFO")).upper(),
    )
    if not cfg.broker_url:
        raise ValueError("broker_url is required (config file or BROKER_URL)")
    names = [q.name for q in cfg.queues]
    if len(names) != len(set(names)):
        raise ValueError("queue names must be unique")
    return cfg
