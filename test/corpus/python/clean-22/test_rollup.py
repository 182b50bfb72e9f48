# corpus: path=tests/scripts/test_rollup_metrics.py
import gzip
import json
from datetime import date

import pytest

from scripts import rollup_metrics


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(rollup_metrics, "LOG_DIR", tmp_path)
    monkeypatch.setattr(rollup_metrics, "OUT_DIR", tmp_path / "out")
    return tmp_path


def write_log(folder, day, name, entries):
    path = folder / f"access-{day:%Y%m%d}-{name}.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for entry in entries:
            fh.write(json.dumps(entry) + "\n")
    return path


def test_percentile_interpolates():
    assert rollup_metrics.percentile([1, 2, 3, 4], 0.5) == pytest.approx(2.5)
    assert rollup_metrics.percentile([], 0.9) == 0.0
    assert rollup_metrics.percentile([7], 0.99) == 7


def test_rollup_groups_by_method_and_route(log_dir):
    day = date(2026, 11, 30)
    write_log(
        log_dir,
        day,
        "a",
        [
            {"method": "GET", "route": "/orders", "duration_ms": 10, "status": 200},
            {"method": "GET", "route": "/orders", "duration_ms": 30, "status": 200},
            {"method": "POST", "route": "/orders", "duration_ms": 50, "status": 503},
        ],
    )
    summary = rollup_metrics.rollup(day)
    assert summary["GET /orders"]["count"] == 2
    assert summary["GET /orders"]["p50"] == 20.0
    assert summary["POST /orders"]["errors"] == 1


def test_rollup_skips_blank_and_corrupt_lines(log_dir):
    day = date(2026, 11, 30)
    path = log_dir / f"access-{day:%Y%m%d}-b.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write('{"route": "/health", "duration_ms": 1}\n\nnot json\n')
    assert rollup_metrics.rollup(day)["GET /health"]["count"] == 1


def test_main_writes_report(log_dir, capsys):
    day = date(2026, 11, 29)
    write_log(log_dir, day, "a", [{"route": "/", "duration_ms": 5}])
    assert rollup_metrics.main(["--day", day.isoformat()]) == 0
    report = log_dir / "out" / f"latency-{day.isoformat()}.csv"
    assert report.read_text().splitlines()[0].startswith("endpoint,count")
    assert "written" in capsys.readouterr().out


def test_main_without_logs_fails(log_dir, capsys):
    assert rollup_metrics.main(["--day", "2026-01-01"]) == 1
    assert "no log entries" in capsys.readouterr().err
