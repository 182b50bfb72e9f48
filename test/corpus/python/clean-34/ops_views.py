# corpus: path=ops/views.py
import time

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from waffle import flag_is_active, switch_is_active


def _database_ok():
    started = time.monotonic()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return round((time.monotonic() - started) * 1000, 1)


def _cache_ok():
    cache.set("healthcheck", "1", timeout=5)
    return cache.get("healthcheck") == "1"


@never_cache
def health(request):
    checks = {}
    try:
        checks["database_ms"] = _database_ok()
    except Exception:  # noqa: BLE001 - any failure means not ready
        checks["database_ms"] = None
    checks["cache"] = _cache_ok()
    ready = checks["database_ms"] is not None and checks["cache"]
    return JsonResponse({"ready": ready, **checks}, status=200 if ready else 503)


def client_flags(request):
    return JsonResponse(
        {
            "newEditor": flag_is_active(request, "new_editor"),
            "bulkActions": flag_is_active(request, "bulk_actions"),
            "maintenance": switch_is_active("maintenance_banner"),
        }
    )
