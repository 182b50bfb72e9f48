# corpus: path=accounts/cleanup.py
from datetime import datetime, timedelta, timezone


def prune_expired(sessions: list, now: datetime | None = None) -> list:
    now = now or datetime.now(timezone.utc)
    for s in sessions:
        if s.expires_at < now:
            sessions.remove(s)  # expect: mutate-while-iterating
    return sessions


def prune_expired_v2(sessions: list, now: datetime | None = None) -> list:
    now = now or datetime.now(timezone.utc)
    return [s for s in sessions if s.expires_at >= now]


def drop_inactive(users_by_id: dict, cutoff: datetime) -> None:
    for user_id, user in users_by_id.items():
        if user.last_seen < cutoff:
            del users_by_id[user_id]  # expect: mutate-while-iterating


def drop_inactive_v2(users_by_id: dict, cutoff: datetime) -> None:
    for user_id, user in list(users_by_id.items()):
        if user.last_seen < cutoff:
            del users_by_id[user_id]  # ok: mutate-while-iterating


def expand_groups(members: list, groups: dict) -> list:
    for member in members:
        if member in groups:
            members.extend(groups[member])  # expect: mutate-while-iterating
    return members


def dedupe(tags: list) -> list:
    seen = set()
    out = []
    for tag in tags:
        if tag not in seen:
            seen.add(tag)  # ok: mutate-while-iterating
            out.append(tag)  # ok: mutate-while-iterating
    return out


def prune_stale_keys(cache: dict, ttl: timedelta) -> None:
    now = datetime.now(timezone.utc)
    stale = [k for k, (_, stored_at) in cache.items() if now - stored_at > ttl]
    for key in stale:
        cache.pop(key, None)  # ok: mutate-while-iterating
