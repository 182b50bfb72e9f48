# corpus: path=reports/cache.py
import hashlib
import logging
from datetime import date

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse

log = logging.getLogger(__name__)

REPORT_TTL = 3600
GROUPINGS = {"store": "store_id", "channel": "channel", "region": "region_code"}


def _key(name: str, day: date) -> str:
    return "report:" + hashlib.md5(f"{name}:{day.isoformat()}".encode()).hexdigest()


def revenue_by_store(day: date) -> list[tuple]:
    return revenue_by("store", day)


def revenue_by(grouping: str, day: date) -> list[tuple]:
    column = GROUPINGS[grouping]
    key = _key(f"revenue_by_{grouping}", day)
    rows = cache.get(key)
    if rows is None:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {column}, SUM(total) FROM orders WHERE created_at::date = %s GROUP BY {column}",
                [day],
            )
            rows = cursor.fetchall()
        cache.set(key, rows, REPORT_TTL)
        log.debug("cached %s for %s (%d rows)", grouping, day, len(rows))
    return rows


def revenue_view(request):
    day = date.fromisoformat(request.GET.get("day", date.today().isoformat()))
    grouping = request.GET.get("by", "store")
    if grouping not in GROUPINGS:
        return JsonResponse({"error": "unknown grouping"}, status=400)
    return JsonResponse({"rows": revenue_by(grouping, day)})


def top_products(request):
    limit = request.GET.get("limit", "10")
    with connection.cursor() as cursor:
        cursor.execute("SELECT sku, SUM(quantity) AS n FROM order_lines GROUP BY sku ORDER BY n DESC LIMIT " + limit)  # expect: sql-injection
        return JsonResponse({"rows": cursor.fetchall()})
