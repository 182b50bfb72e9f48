# corpus: path=api/pagination.py
"""Opaque cursor pagination over (created_at, id)."""
import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Sequence, TypeVar

T = TypeVar("T")


class InvalidCursor(ValueError):
    pass


@dataclass(frozen=True)
class Cursor:
    created_at: datetime
    id: int

    def encode(self) -> str:
        raw = json.dumps({"c": self.created_at.isoformat(), "i": self.id}, separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> "Cursor":
        try:
            padded = token + "=" * (-len(token) % 4)
            data = json.loads(base64.urlsafe_b64decode(padded))
            return cls(created_at=datetime.fromisoformat(data["c"]), id=int(data["i"]))
        except (binascii.Error, ValueError, KeyError, TypeError) as exc:
            raise InvalidCursor("malformed cursor") from exc


@dataclass
class Page(Generic[T]):
    items: Sequence[T]
    next_cursor: str | None

    def to_json(self, serialize) -> dict[str, Any]:
        return {"items": [serialize(i) for i in self.items], "next_cursor": self.next_cursor}


def paginate(query, limit: int, cursor: str | None, *, created_col, id_col) -> Page:
    if cursor:
        c = Cursor.decode(cursor)
        query = query.filter((created_col < c.created_at) | ((created_col == c.created_at) & (id_col < c.id)))
    rows = query.order_by(created_col.desc(), id_col.desc()).limit(limit + 1).all()
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = Cursor(last.created_at, last.id).encode()
    return Page(items=rows[:limit], next_cursor=next_cursor)
