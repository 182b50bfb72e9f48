import csv
import io
import subprocess

from django.contrib import admin
from django.http import HttpResponse

from .models import Order


@admin.action(description="Export selected orders")
def export_orders(modeladmin, request, queryset):
    fmt = request.GET.get("fmt", "csv")
    buf = io.StringIO()
    writer = csv.writer(buf)
    for order in queryset:
        writer.writerow([order.id, order.total])
    return HttpResponse(buf.getvalue(), content_type="text/csv")


@admin.action(description="Archive selected orders")
def archive_orders(modeladmin, request, queryset):
    label = request.POST.get("label", "archive")
    ids = ",".join(str(o.id) for o in queryset)
    return HttpResponse("queued")
