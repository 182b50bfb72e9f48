# corpus: path=shop/admin_views.py
from django.contrib.admin.views.decorators import staff_member_required
from django.db import connection
from django.db.models import Q
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from shop.models import Order


@staff_member_required
@require_GET
def order_lookup(request):
    ref = request.GET.get("ref", "")
    orders = Order.objects.filter(Q(reference__iexact=ref) | Q(external_id=ref))  # ok: sql-injection
    return JsonResponse({"orders": [o.as_dict() for o in orders[:50]]})


@staff_member_required
@require_GET
def order_raw(request):
    country = request.GET["country"]
    orders = Order.objects.raw(  # expect: sql-injection
        "SELECT * FROM shop_order WHERE shipping_country = '" + country + "'"
    )
    return JsonResponse({"orders": [o.as_dict() for o in orders]})


@staff_member_required
@require_GET
def order_raw_params(request):
    country = request.GET["country"]
    orders = Order.objects.raw(  # ok: sql-injection
        "SELECT * FROM shop_order WHERE shipping_country = %s", [country]
    )
    return JsonResponse({"orders": [o.as_dict() for o in orders]})


@staff_member_required
@require_GET
def revenue_by(request):
    field = request.GET.get("group", "status")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {field}, SUM(total) FROM shop_order GROUP BY {field}")  # expect: sql-injection
        data = cursor.fetchall()
    return JsonResponse({"rows": data})


@staff_member_required
@require_GET
def extra_filter(request):
    min_total = request.GET.get("min", "0")
    qs = Order.objects.extra(where=["total > %s" % min_total])  # expect: sql-injection
    return JsonResponse({"count": qs.count()})
