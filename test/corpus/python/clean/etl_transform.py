# corpus: path=analytics/transform.py
"""Daily transform of raw events into session aggregates."""
from __future__ import annotations

import logging
from datetime import date

import pandas as pd

log = logging.getLogger(__name__)

SESSION_GAP = pd.Timedelta(minutes=30)
REQUIRED = ["user_id", "event", "ts", "path"]


def load_events(path: str) -> pd.DataFrame:
    df = pd.read_parquet(path, columns=REQUIRED)
    df["ts"] = pd.to_datetime(df["ts"], utc=True)
    return df.dropna(subset=["user_id"]).sort_values(["user_id", "ts"])


def assign_sessions(df: pd.DataFrame) -> pd.DataFrame:
    gap = df.groupby("user_id")["ts"].diff() > SESSION_GAP
    first = df["user_id"] != df["user_id"].shift()
    df = df.assign(session_id=(gap | first).cumsum())
    return df


def summarise(df: pd.DataFrame) -> pd.DataFrame:
    grouped = df.groupby("session_id")
    out = pd.DataFrame(
        {
            "user_id": grouped["user_id"].first(),
            "started_at": grouped["ts"].min(),
            "ended_at": grouped["ts"].max(),
            "events": grouped.size(),
            "pages": grouped["path"].nunique(),
            "converted": grouped["event"].apply(lambda s: (s == "checkout_completed").any()),
        }
    )
    out["duration_s"] = (out["ended_at"] - out["started_at"]).dt.total_seconds()
    return out.reset_index(drop=True)


def run(day: date, source_dir: str, target_dir: str) -> int:
    src = f"{source_dir}/events/dt={day.isoformat()}/events.parquet"
    df = load_events(src)
    if df.empty:
        log.warning("no events for %s", day)
        return 0
    sessions = summarise(assign_sessions(df))
    sessions.to_parquet(f"{target_dir}/sessions/dt={day.isoformat()}/sessions.parquet", index=False)
    log.info("%s: %d events -> %d sessions", day, len(df), len(sessions))
    return len(sessions)
