import hashlib
import logging
from datetime import date

from django.core.cache import cache
from django.db import connection

log = logging.getLogger(__name__)

REPORT_TTL = 3600


def _key(name: str, day: date) -> str:
    return "report:" + hashlib.md5(f"{name}:{day.isoformat()}".encode()).hexdigest()


def revenue_by_store(day: date) -> list[tuple]:
    key = _key("revenue_by_store", day)
    rows = cache.get(key)
    if rows is None:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT store_id, SUM(total) FROM orders WHERE created_at::date = %s GROUP BY store_id",
                [day],
            )
            rows = cursor.fetchall()
        cache.set(key, rows, REPORT_TTL)
    return rows
