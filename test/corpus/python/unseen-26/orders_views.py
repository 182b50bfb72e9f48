# corpus: path=shop/orders/views.py
import csv
import logging
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from shop.orders.models import Order

logger = logging.getLogger(__name__)

EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "exports")
SORTABLE = {"date": "created_at", "total": "total_cents", "status": "status"}


@login_required
def order_list(request):
    sort = request.GET.get("sort", "created_at")
    orders = Order.objects.raw(
        f"SELECT * FROM orders_order WHERE customer_id = %s ORDER BY {sort} DESC",  # expect: sql-injection
        [request.user.id],
    )
    return JsonResponse({"orders": [o.as_dict() for o in orders]})


@login_required
def order_list_sorted(request):
    column = SORTABLE.get(request.GET.get("sort", "date"), "created_at")
    orders = Order.objects.raw(
        f"SELECT * FROM orders_order WHERE customer_id = %s ORDER BY {column} DESC",  # ok: sql-injection
        [request.user.id],
    )
    return JsonResponse({"orders": [o.as_dict() for o in orders]})


@login_required
def order_search(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        cursor.execute(  # ok: sql-injection
            "SELECT id, reference FROM orders_order WHERE customer_id = %s AND reference LIKE %s",
            [request.user.id, f"%{term}%"],
        )
        rows = cursor.fetchall()
    return JsonResponse({"results": [{"id": r[0], "reference": r[1]} for r in rows]})


@login_required
def order_banner(request, order_id):
    order = get_object_or_404(Order, pk=order_id, customer=request.user)
    note = request.GET.get("note", "")
    return HttpResponse(f"<div class='banner'>Order {order.reference}: {note}</div>")  # expect: xss


@login_required
def order_banner_safe(request, order_id):
    order = get_object_or_404(Order, pk=order_id, customer=request.user)
    note = request.GET.get("note", "")
    return HttpResponse(format_html("<div class='banner'>Order {}: {}</div>", order.reference, note))  # ok: xss


@login_required
@require_POST
def cancel_order(request, order_id):
    order = get_object_or_404(Order, pk=order_id, customer=request.user)
    order.cancel(reason=request.POST.get("reason", ""))
    return_to = request.POST.get("return_to")
    if return_to:
        return redirect(return_to)  # expect: open-redirect
    return redirect(reverse("orders:detail", args=[order.pk]))  # ok: open-redirect


@login_required
def download_export(request):
    name = request.GET.get("file", "")
    path = os.path.join(EXPORT_DIR, str(request.user.id), name)
    if not os.path.exists(path):
        raise Http404("export not found")
    return FileResponse(open(path, "rb"), as_attachment=True)  # expect: path-traversal


@login_required
def download_export_safe(request):
    name = os.path.basename(request.GET.get("file", ""))
    path = os.path.join(EXPORT_DIR, str(request.user.id), name)
    if not name or not os.path.exists(path):
        raise Http404("export not found")
    return FileResponse(open(path, "rb"), as_attachment=True)  # ok: path-traversal


@login_required
def export_orders(request):
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="orders.csv"'
    writer = csv.writer(response)
    writer.writerow(["reference", "total", "status"])
    for order in Order.objects.filter(customer=request.user).order_by("-created_at"):
        writer.writerow([order.reference, order.total_cents / 100, order.status])
    logger.info("exported orders for customer %s", request.user.pk)
    return response
