# corpus: path=reports/views.py
"""Sales reports for store managers."""
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import F, Sum
from django.http import JsonResponse

from .models import Order


@login_required
def sales_by_region(request):
    region = request.GET.get("region", "")
    since = request.GET.get("since", "2024-01-01")
    query = (
        "SELECT region, SUM(total) FROM sales_order "
        "WHERE region = '" + region + "' AND created_at >= '" + since + "' GROUP BY region"
    )
    with connection.cursor() as cursor:
        cursor.execute(query)  # expect: sql-injection
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@login_required
def sales_by_region_safe(request):
    region = request.GET.get("region", "")
    with connection.cursor() as cursor:
        cursor.execute(  # ok: sql-injection
            "SELECT region, SUM(total) FROM sales_order WHERE region = %s GROUP BY region",
            [region],
        )
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


@login_required
def top_customers(request, store_id):
    limit = request.GET.get("limit", "10")
    orders = Order.objects.raw(  # expect: sql-injection
        f"SELECT * FROM sales_order WHERE store_id = {store_id} ORDER BY total DESC LIMIT {limit}"
    )
    return JsonResponse({"ids": [o.id for o in orders]})


@login_required
def top_customers_safe(request, store_id):
    limit = int(request.GET.get("limit", "10"))
    orders = Order.objects.raw(  # ok: sql-injection
        "SELECT * FROM sales_order WHERE store_id = %s ORDER BY total DESC LIMIT %s", [store_id, limit]
    )
    return JsonResponse({"ids": [o.id for o in orders]})


@login_required
def filtered(request):
    where = request.GET.get("where", "1=1")
    qs = Order.objects.extra(where=[where])  # expect: sql-injection
    return JsonResponse({"count": qs.count()})


@login_required
def ordered(request):
    sort = request.GET.get("sort", "created_at")
    allowed = {"created_at", "total", "-created_at", "-total"}
    if sort not in allowed:
        sort = "created_at"
    qs = Order.objects.order_by(sort)  # ok: sql-injection
    totals = qs.aggregate(total=Sum(F("total")))
    return JsonResponse(totals)
